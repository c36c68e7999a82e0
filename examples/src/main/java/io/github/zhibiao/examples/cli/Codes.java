package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.ReportKind;
import io.github.zhibiao.numbers.Basis;
import io.github.zhibiao.numbers.Change;
import io.github.zhibiao.numbers.Direction;
import io.github.zhibiao.numbers.Qualifier;
import io.github.zhibiao.numbers.Quantity;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The stable strings the command line prints for enum values and amounts: {@link Qualifier#AT_LEAST} is
 * {@code at_least}, {@link Basis#YEAR_ON_YEAR} is {@code yoy}, 350.19亿元 is {@code 35019000000}. These strings
 * are part of the output contract; {@link Qualifier#EXACT} prints as null.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class Codes {
    private Codes() {
    }

    /** @return the amount without exponent ("35019000000"), or null */
    static String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    /** @return the single amount, or null for a range */
    static String value(Quantity q) {
        return q.isRange() ? null : amount(q.value());
    }

    /** @return the lower bound of a range, or null when the quantity is one amount */
    static String low(Quantity q) {
        return q.isRange() ? amount(q.low()) : null;
    }

    /** @return the upper bound of a range, or null when the quantity is one amount */
    static String high(Quantity q) {
        return q.isRange() ? amount(q.high()) : null;
    }

    /** @return "about", "at_least" …, or null for {@link Qualifier#EXACT} */
    static String qualifier(Qualifier q) {
        return q == null || q == Qualifier.EXACT ? null : q.name().toLowerCase(Locale.ROOT);
    }

    /** @return "work_report", "statistical_communique", "news", or null for {@link ReportKind#UNKNOWN} */
    static String reportKind(ReportKind k) {
        return k == null || k == ReportKind.UNKNOWN ? null : k.name().toLowerCase(Locale.ROOT);
    }

    /** @return "increase", "decrease" or "flat" */
    static String direction(Direction d) {
        return d.name().toLowerCase(Locale.ROOT);
    }

    /** @return "yoy", "mom", "annual_average", or null when the basis is not stated */
    static String basis(Basis b) {
        if (b == null) {
            return null;
        }
        switch (b) {
            case YEAR_ON_YEAR:
                return "yoy";
            case MONTH_ON_MONTH:
                return "mom";
            case ANNUAL_AVERAGE:
                return "annual_average";
            default:
                return b.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A short human-readable summary of a change for tables: "increase yoy", "increase to (from 270亿 CNY)".
     *
     * @return the summary, or an empty string for no change
     */
    static String changeSummary(Change c) {
        if (c == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(direction(c.direction()));
        c.basis().ifPresent(b -> sb.append(' ').append(basis(b)));
        if (c.isToLevel()) {
            sb.append(" to");
        }
        c.from().ifPresent(f -> sb.append(" from ").append(amountSummary(f)));
        return sb.toString();
    }

    /** @return "35019000000 CNY", "30000-50000 MU", "173 COUNT(家)" */
    static String amountSummary(Quantity q) {
        StringBuilder sb = new StringBuilder(q.low().toPlainString());
        if (q.isRange()) {
            sb.append('-').append(q.high().toPlainString());
        }
        sb.append(' ').append(q.unit().name());
        q.classifier().ifPresent(c -> sb.append('(').append(c).append(')'));
        return sb.toString();
    }
}
