package io.github.zhibiao.core.panel;

import io.github.zhibiao.core.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one consistency check over a panel, naming its sources. For "由2010年的162.4亿元增加到2015年的
 * 287.9亿元，年均增长12.1%" the {@link CheckKind#FROM_TO_GROWTH} check computes (287.9/162.4)^(1/5) − 1 = 12.13%
 * and finds it {@link #isConsistent() consistent} with the stated 12.1%.
 *
 * <p>Numbers are compared within the rounding of the figures as written; for indicators whose growth is stated at
 * comparable prices while levels are nominal (地区生产总值, 规模以上工业增加值 …) the implied nominal growth may differ
 * from the stated real growth by the price change, within the range set by
 * {@link Panel.Builder#priceChange(BigDecimal, BigDecimal)} (−10% to +25% a year unless changed).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Check {
    private final CheckKind kind;
    private final boolean consistent;
    private final String region;
    private final String indicator;
    private final Period period;
    private final List<Source> sources;
    private final BigDecimal stated;
    private final BigDecimal implied;
    private final String message;

    private Check(CheckKind kind, boolean consistent, String region, String indicator, Period period,
            List<Source> sources, BigDecimal stated, BigDecimal implied, String message) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.consistent = consistent;
        this.region = Objects.requireNonNull(region, "region");
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        this.period = Objects.requireNonNull(period, "period");
        this.sources = List.copyOf(sources);
        this.stated = stated;
        this.implied = implied;
        this.message = Objects.requireNonNull(message, "message");
    }

    static Check of(CheckKind kind, boolean consistent, CellKey key, Period period, List<Source> sources,
            BigDecimal stated, BigDecimal implied, String message) {
        return new Check(kind, consistent, key.region(), key.indicator(), period, sources, stated, implied, message);
    }

    /** @return which check this is, never null */
    public CheckKind kind() {
        return kind;
    }

    /** @return true when the figures agree (within rounding, and the price change for real growth) */
    public boolean isConsistent() {
        return consistent;
    }

    /** @return the region, never null */
    public String region() {
        return region;
    }

    /** @return the indicator code, never null */
    public String indicator() {
        return indicator;
    }

    /** @return the period the check covers ("2011/2015" for a five-year from/to pair), never null */
    public Period period() {
        return period;
    }

    /** @return the sources the checked figures come from, in report order; never empty */
    public List<Source> sources() {
        return sources;
    }

    /** @return the stated figure checked (12.1 for "年均增长12.1%"), when the check has one number */
    public Optional<BigDecimal> stated() {
        return Optional.ofNullable(stated);
    }

    /** @return what the other figures imply for it (12.13), rounded to 2 decimals; empty for a same-cell check */
    public Optional<BigDecimal> implied() {
        return Optional.ofNullable(implied);
    }

    /** @return a one-line explanation naming the figures and their reports, never null */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Check)) {
            return false;
        }
        Check c = (Check) o;
        return kind == c.kind && consistent == c.consistent && region.equals(c.region)
                && indicator.equals(c.indicator) && period.equals(c.period) && sources.equals(c.sources)
                && Objects.equals(stated, c.stated) && Objects.equals(implied, c.implied)
                && message.equals(c.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, consistent, region, indicator, period, sources, stated, implied);
    }

    /** @return e.g. "LEVEL_SERIES 海拉尔区 GDP 2016/2018 inconsistent: …" */
    @Override
    public String toString() {
        return kind + " " + region + " " + indicator + " " + period + (consistent ? " consistent: " : " inconsistent: ")
                + message;
    }
}
