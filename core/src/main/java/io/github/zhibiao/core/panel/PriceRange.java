package io.github.zhibiao.core.panel;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far, in percent a year, prices may have moved between a real growth (按可比价计算) and the change of nominal
 * levels before a check fails: nominal growth = real growth + price change, the price change within
 * [{@code lowest}, {@code highest}]. China's GDP deflator rose by about 20% in 1994 and fell by about 1% in 1999
 * and 2009; regional deflators of resource regions fell by several percent in 2015–2016.
 *
 * @param lowest the lowest price change a year, in percent (−10 by default), not null
 * @param highest the highest price change a year, in percent (25 by default), not null, not below {@code lowest}
 */
record PriceRange(BigDecimal lowest, BigDecimal highest) {
    static final PriceRange DEFAULT = new PriceRange(BigDecimal.valueOf(-10), BigDecimal.valueOf(25));

    PriceRange {
        Objects.requireNonNull(lowest, "lowest");
        Objects.requireNonNull(highest, "highest");
        if (lowest.compareTo(highest) > 0) {
            throw new IllegalArgumentException("price change range " + lowest.toPlainString() + " to "
                    + highest.toPlainString() + " is empty");
        }
    }

    /** @return e.g. "-10% to +25% a year" */
    String describe() {
        return lowest.toPlainString() + "% to " + (highest.signum() > 0 ? "+" : "")
                + highest.toPlainString() + "% a year";
    }
}
