package io.github.zhibiao.core.panel;

import io.github.zhibiao.numbers.Direction;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Arithmetic on stated figures: signs, written precision, equality within rounding. "下降3%" is −3 here; "287.9亿元"
 * is written to 0.1亿 = 10000000 元, so it equals "288亿元" at the precision of the coarser one.
 *
 * <p>Stateless and thread-safe.
 */
final class Figures {
    private Figures() {
    }

    /** @return true for a change by an amount or rate that goes down ("下降3%"); a level reached is no decrease */
    static boolean decrease(Quantity q) {
        return q.change().map(c -> c.direction() == Direction.DECREASE && !c.isToLevel()).orElse(false);
    }

    /** @return the lower bound with the sign of the change: "下降3%—5%" gives −5 */
    static BigDecimal signedLow(Quantity q) {
        return decrease(q) ? q.high().negate() : q.low();
    }

    /** @return the upper bound with the sign of the change: "下降3%—5%" gives −3 */
    static BigDecimal signedHigh(Quantity q) {
        return decrease(q) ? q.low().negate() : q.high();
    }

    /** @return the signed amount, or the middle of a range */
    static BigDecimal signedMiddle(Quantity q) {
        BigDecimal lo = signedLow(q);
        BigDecimal hi = signedHigh(q);
        return lo.compareTo(hi) == 0 ? lo : lo.add(hi).divide(BigDecimal.valueOf(2));
    }

    /**
     * Returns one unit of the last digit written: 1 for "6%", 0.1 for "7.5%", 10000000 for "287.9亿元". Whole
     * numbers count as written to the unit ("300亿元" is precise to 1亿), never to tens.
     */
    static BigDecimal precision(Quantity q) {
        return precision(q.low(), q.magnitude()).max(precision(q.high(), q.magnitude()));
    }

    private static BigDecimal precision(BigDecimal amount, BigDecimal magnitude) {
        BigDecimal m = magnitude.stripTrailingZeros();
        if (m.unscaledValue().equals(java.math.BigInteger.ONE)) {
            // magnitude = 10^k: written to 10^-s means the amount is written to 10^(k - max(0, s)).
            int k = -m.scale();
            int s = Math.max(0, amount.stripTrailingZeros().scale() + k);
            return BigDecimal.ONE.movePointRight(k - s);
        }
        BigDecimal written;
        try {
            written = amount.divide(magnitude);
        } catch (ArithmeticException e) {
            written = amount.divide(magnitude, MathContext.DECIMAL64);
        }
        int scale = Math.max(0, written.stripTrailingZeros().scale());
        return BigDecimal.ONE.movePointLeft(scale).multiply(magnitude);
    }

    /** @return {@code x} rounded half up to a multiple of {@code step} */
    static BigDecimal roundTo(BigDecimal x, BigDecimal step) {
        if (step.signum() == 0) {
            return x;
        }
        return x.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
    }

    /** @return true when both quantities are in one unit (and, for counted things, of one classifier) */
    static boolean sameUnit(Quantity a, Quantity b) {
        return a.unit() == b.unit() && a.classifier().equals(b.classifier());
    }

    /**
     * Tells whether two figures in one unit state different amounts, at the precision of the coarser one: "287.9亿元"
     * and "288亿元" agree, "192.3亿元" and "303.6亿元" do not. Figures in different units are not compared.
     *
     * @return true when the units agree and the amounts differ
     */
    static boolean differ(Quantity a, Quantity b) {
        if (!sameUnit(a, b)) {
            return false;
        }
        BigDecimal step = precision(a).max(precision(b));
        return roundTo(signedLow(a), step).compareTo(roundTo(signedLow(b), step)) != 0
                || roundTo(signedHigh(a), step).compareTo(roundTo(signedHigh(b), step)) != 0;
    }

    /** @return the unit a difference of two figures in {@code unit} is stated in: percentage points for percents */
    static Unit gapUnit(Unit unit) {
        return unit == Unit.PERCENT ? Unit.PERCENTAGE_POINT : unit;
    }

    /** @return short text for messages: "19230000000 CNY", "-3 PERCENT", "6–6.5 PERCENT" */
    static String show(Quantity q) {
        String amount = q.isRange() ? signedLow(q).toPlainString() + "–" + signedHigh(q).toPlainString()
                : signedLow(q).toPlainString();
        return amount + " " + q.unit().name();
    }
}
