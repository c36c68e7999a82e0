package io.github.zhibiao.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The time a statement refers to, as a span of whole months: "2025年" is January to December 2025, "上半年" of
 * 2024 is 2024-01 to 2024-06, "“十四五”" is 2021 to 2025. Printed in ISO 8601 by {@link #toIsoString()}:
 * {@code "2025"}, {@code "2024-01/2024-06"}, {@code "2021/2025"}.
 *
 * <pre>{@code
 * Period.year(2025).toIsoString();                       // "2025"
 * Period.parse("2024-01/2024-07").end();                 // 2024-07
 * Period.years(2026, 2030).toIsoString();                // "2026/2030"  (十五五)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Period implements Comparable<Period> {
    private final YearMonth start;
    private final YearMonth end;

    private Period(YearMonth start, YearMonth end) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        if (start.isAfter(end)) {
            throw new ReportInputException("period starts after it ends", start + "/" + end, -1);
        }
    }

    /**
     * One calendar year: "2025年".
     *
     * @param year the year
     * @return the period, never null
     */
    public static Period year(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /**
     * Whole calendar years from {@code firstYear} to {@code lastYear}, both included: "十四五" is
     * {@code years(2021, 2025)}.
     *
     * @param firstYear the first year
     * @param lastYear the last year, not before {@code firstYear}
     * @return the period, never null
     * @throws ReportInputException if {@code lastYear} is before {@code firstYear}
     */
    public static Period years(int firstYear, int lastYear) {
        return new Period(YearMonth.of(firstYear, 1), YearMonth.of(lastYear, 12));
    }

    /**
     * Whole months from {@code first} to {@code last}, both included: "2024年1-7月" is
     * {@code months(YearMonth.of(2024, 1), YearMonth.of(2024, 7))}.
     *
     * @param first the first month, not null
     * @param last the last month, not null, not before {@code first}
     * @return the period, never null
     * @throws ReportInputException if {@code last} is before {@code first}
     */
    public static Period months(YearMonth first, YearMonth last) {
        return new Period(first, last);
    }

    /**
     * A quarter: "一季度" of 2020 is {@code quarter(2020, 1)}, 2020-01 to 2020-03.
     *
     * @param year the year
     * @param quarter 1 to 4
     * @return the period, never null
     * @throws ReportInputException if {@code quarter} is not 1 to 4
     */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new ReportInputException("quarter must be 1 to 4", String.valueOf(quarter), -1);
        }
        return new Period(YearMonth.of(year, quarter * 3 - 2), YearMonth.of(year, quarter * 3));
    }

    /**
     * Parses the ISO 8601 forms printed by {@link #toIsoString()}: {@code "2025"}, {@code "2021/2025"},
     * {@code "2024-07"}, {@code "2024-01/2024-06"}.
     *
     * @param text the period, not null
     * @return the period, never null
     * @throws ReportInputException if the text is not one of these forms
     */
    public static Period parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        int slash = s.indexOf('/');
        try {
            if (slash < 0) {
                return new Period(parseBound(s, true), parseBound(s, false));
            }
            return new Period(parseBound(s.substring(0, slash), true), parseBound(s.substring(slash + 1), false));
        } catch (RuntimeException e) {
            if (e instanceof ReportInputException) {
                throw e;
            }
            throw new ReportInputException("not an ISO 8601 year or month period", text, slash < 0 ? 0 : slash);
        }
    }

    private static YearMonth parseBound(String s, boolean first) {
        if (s.length() == 4) {
            return YearMonth.of(Integer.parseInt(s), first ? 1 : 12);
        }
        return YearMonth.parse(s);
    }

    /** @return the first month, never null */
    public YearMonth start() {
        return start;
    }

    /** @return the last month (included), never null */
    public YearMonth end() {
        return end;
    }

    /** @return the first day, never null */
    public LocalDate startDate() {
        return start.atDay(1);
    }

    /** @return the last day, never null */
    public LocalDate endDate() {
        return end.atEndOfMonth();
    }

    /** True when {@code o} lies within this period: 2021/2025 encloses 2025 and 2023-01/2023-06. */
    boolean encloses(Period o) {
        return !o.start().isBefore(start()) && !o.end().isAfter(end());
    }

    /** @return true when the period is exactly one calendar year */
    public boolean isYear() {
        return start.getYear() == end.getYear() && start.getMonthValue() == 1 && end.getMonthValue() == 12;
    }

    /**
     * Prints the period in ISO 8601: whole years as {@code "2025"} or {@code "2021/2025"}, anything else in
     * months as {@code "2024-07"} or {@code "2024-01/2024-06"}.
     *
     * @return the text, never null
     */
    public String toIsoString() {
        boolean wholeYears = start.getMonthValue() == 1 && end.getMonthValue() == 12;
        if (wholeYears) {
            return start.getYear() == end.getYear() ? String.valueOf(start.getYear())
                    : start.getYear() + "/" + end.getYear();
        }
        return start.equals(end) ? start.toString() : start + "/" + end;
    }

    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Period)) {
            return false;
        }
        Period p = (Period) o;
        return start.equals(p.start) && end.equals(p.end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    /** @return the ISO 8601 form, as {@link #toIsoString()} */
    @Override
    public String toString() {
        return toIsoString();
    }
}
