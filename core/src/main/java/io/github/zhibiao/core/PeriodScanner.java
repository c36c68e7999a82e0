package io.github.zhibiao.core;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds time expressions in normalized text and resolves them to {@link Period}s: years (2025年, 2021—2025年),
 * halves (上半年), quarters (一季度, 前三季度), months (1-7月), plan periods (“十四五” = 2021–2025, 十五五末 = 2030),
 * relative words (今年, 去年, 明年, 年内) and spans (五年来, 过去五年, 今后五年).
 *
 * <p>Each mention has a {@link Role}: a horizon (到2025年, 至“十五五”末), a base of comparison (比上年, 较“十三五”末),
 * a start (2021年以来), a date (2026年1月27日) or a plain period.
 *
 * <p>Stateless and thread-safe.
 */
final class PeriodScanner {
    enum Role {
        /** A period named for what follows: 2025年, 上半年, “十四五”时期. */
        PLAIN,
        /** A deadline: 到2025年, 至“十五五”末. */
        HORIZON,
        /** A base of comparison: 比上年, 较“十三五”末. */
        BASE,
        /** A start: 2021年以来. */
        SINCE,
        /** A day: 2026年1月27日. */
        DATE,
        /** The time of the report: 目前, 当前. */
        NOW,
        /** The last years reviewed, counted back: 五年年均增长, 三年累计新增. */
        SPAN
    }

    /** A time expression at {@code [start, end)}; {@code period} is null when it cannot be resolved. */
    static final class Mention {
        final int start;
        final int end;
        final Role role;
        final Period period;

        Mention(int start, int end, Role role, Period period) {
            this.start = start;
            this.end = end;
            this.role = role;
            this.period = period;
        }

        @Override
        public String toString() {
            return "[" + start + "," + end + ")" + role + "=" + period;
        }
    }

    /** The years relative words are resolved against; either may be 0 when unknown. */
    static final class Years {
        /** The year of the report (今年). */
        final int report;
        /** The last year the report reviews (一年来, 五年来 end there). */
        final int review;

        Years(int report, int review) {
            this.report = report;
            this.review = review;
        }
    }

    /** Verbs that reach a level "到"/"至" a year: 增加到2025年的…. */
    private static final String[] TO_LEVEL_VERBS = Lexicon.words("TO_LEVEL_VERBS");

    /** What follows 国庆 when it names the holiday as a time: 国庆假期, 国庆黄金周, 国庆期间. */
    private static final String[] HOLIDAY_WORDS = Lexicon.words("HOLIDAY_WORDS");

    private PeriodScanner() {
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean dash(char c) {
        return c == '-' || c == '\u2014' || c == '~' || c == '\u2010' || c == '\u2011';
    }

    static int cnDigit(char c) {
        switch (c) {
            case '〇':
            case '零':
                return 0;
            case '一':
                return 1;
            case '二':
            case '两':
                return 2;
            case '三':
                return 3;
            case '四':
                return 4;
            case '五':
                return 5;
            case '六':
                return 6;
            case '七':
                return 7;
            case '八':
                return 8;
            case '九':
                return 9;
            default:
                return -1;
        }
    }

    /** Reads a small number (1–12) at {@code i}: "7", "12", "七", "十二"; returns value*100+length or -1. */
    private static int smallNumber(char[] t, int i, int to) {
        if (i >= to) {
            return -1;
        }
        if (digit(t[i])) {
            int j = i;
            int v = 0;
            while (j < to && digit(t[j]) && j - i < 3) {
                v = v * 10 + (t[j] - '0');
                j++;
            }
            if (j < to && digit(t[j])) {
                return -1;
            }
            return v * 100 + (j - i);
        }
        if (t[i] == '十') {
            int d = i + 1 < to ? cnDigit(t[i + 1]) : -1;
            return d > 0 ? (10 + d) * 100 + 2 : 10 * 100 + 1;
        }
        int d = cnDigit(t[i]);
        if (d > 0) {
            if (i + 1 < to && t[i + 1] == '十') {
                int d2 = i + 2 < to ? cnDigit(t[i + 2]) : -1;
                return d2 > 0 ? (d * 10 + d2) * 100 + 3 : d * 10 * 100 + 2;
            }
            return d * 100 + 1;
        }
        return -1;
    }

    /**
     * Finds the time expressions in {@code t[from, to)}. {@code contextYear} resolves expressions without a year
     * (上半年, 1-7月); 0 leaves them unresolved. A year written in the mention (2024年上半年) wins over it.
     */
    static List<Mention> scan(char[] t, int from, int to, Years years, int contextYear) {
        List<Mention> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int consumed = scanAt(t, i, from, to, years, contextYear, out);
            i = consumed > i ? consumed : i + 1;
        }
        return out;
    }

    private static int scanAt(char[] t, int i, int from, int to, Years years, int ctxYear, List<Mention> out) {
        char c = t[i];
        if (digit(c)) {
            if (i > from && (digit(t[i - 1]) || t[i - 1] == '.')) {
                return i + 1;
            }
            int j = i;
            while (j < to && digit(t[j])) {
                j++;
            }
            int len = j - i;
            if (len == 4 && j < to) {
                int y = Integer.parseInt(new String(t, i, 4));
                if (y >= 1900 && y <= 2100) {
                    if (t[j] == '年') {
                        return afterYear(t, i, j + 1, from, to, y, years, out);
                    }
                    // "2021-2025年", "2021—2025年"
                    if (dash(t[j]) && j + 5 < to + 1 && j + 5 <= to - 1 + 1) {
                        int k = j + 1;
                        int m = k;
                        while (m < to && digit(t[m])) {
                            m++;
                        }
                        if (m - k == 4 && m < to && t[m] == '年') {
                            int y2 = Integer.parseInt(new String(t, k, 4));
                            if (y2 >= y && y2 - y <= 30) {
                                add(out, t, from, to, i, m + 1, Period.years(y, y2));
                                return m + 1;
                            }
                        }
                    }
                }
                return j;
            }
            if (len <= 2) {
                return monthsAt(t, i, from, to, ctxYear, out);
            }
            if (len == 3 && j < to && t[j] == '年' && t[i] == '1') {
                // "113年第3季", "113年1至9月": a year of the Republic of China calendar (Taiwan), read only when a
                // part of the year follows, so that "建校110年" stays a duration.
                int y = Integer.parseInt(new String(t, i, 3)) + 1911;
                int sub = subPeriod(t, j + 1, to, y, out, i, from);
                if (sub > 0) {
                    return sub;
                }
                if (Clauses.at(t, j + 1, to, "全年")) {
                    add(out, t, from, to, i, j + 3, Period.year(y));
                    return j + 3;
                }
            }
            return j;
        }
        if (cnDigit(c) > 0 || c == '十') {
            // 十四五, 十五五
            if (c == '十' && i + 2 < to && cnDigit(t[i + 1]) > 0 && t[i + 2] == '五'
                    && !(i > from && (cnDigit(t[i - 1]) >= 0 || t[i - 1] == '第'))) {
                return plan(t, i, 3, from, to, 10 + cnDigit(t[i + 1]), out);
            }
            // “九五”, “十五”时期, 八五计划: the older plans, named by two characters, quoted or before a plan word.
            int older = c == '十' ? 10 : cnDigit(c);
            if (older >= 6 && i + 1 < to && t[i + 1] == '五' && !(i + 2 < to && t[i + 2] == '五')
                    && !(i > from && (cnDigit(t[i - 1]) >= 0 || t[i - 1] == '十' || t[i - 1] == '第'))
                    && (i > from && (t[i - 1] == '\u201C' || t[i - 1] == '"') && i + 2 < to
                    && (t[i + 2] == '\u201D' || t[i + 2] == '"') || namesPlanAfter(t, i + 2, to))) {
                return plan(t, i, 2, from, to, older, out);
            }
            // 第十个五年计划
            if (i > from && t[i - 1] == '第') {
                int pn = smallNumber(t, i, to);
                int k = pn > 0 ? i + pn % 100 : i;
                if (pn > 0 && (Clauses.at(t, k, to, "个五年计划") || Clauses.at(t, k, to, "个五年规划"))) {
                    int n = pn / 100;
                    add(out, t, from, to, i - 1, k + 5, Period.years(planStart(n), planStart(n) + 4));
                    return k + 5;
                }
            }
            // 五年来, 三年来
            int sn = smallNumber(t, i, to);
            if (sn > 0) {
                int n = sn / 100;
                int k = i + sn % 100;
                if (Clauses.at(t, k, to, "年来") && n == 1 && c == '一') {
                    add(out, t, from, to, i, k + 2, years.review > 0 ? Period.year(years.review) : null);
                    return k + 2;
                }
                if (Clauses.at(t, k, to, "年来") && n >= 2 && n <= 10) {
                    Period p = years.review > 0 ? Period.years(years.review - n + 1, years.review) : null;
                    add(out, t, from, to, i, k + 2, p);
                    return k + 2;
                }
                if (n >= 2 && n <= 10 && (Clauses.at(t, k, to, "年年均") || Clauses.at(t, k, to, "年累计"))
                        && !(i > from && (t[i - 1] == '前' || t[i - 1] == '头' || t[i - 1] == '后'))) {
                    Period p = years.review > 0 ? Period.years(years.review - n + 1, years.review) : null;
                    out.add(new Mention(i, k + 1, Role.SPAN, p));
                    return k + 1;
                }
                if (quarterWordEnd(t, k, to, false) > 0) {
                    return quarter(t, i, i, from, to, ctxYear, out);
                }
                return monthsAt(t, i, from, to, ctxYear, out);
            }
            return i + 1;
        }
        switch (c) {
            case '第':
                if (i + 1 < to && (cnDigit(t[i + 1]) > 0 || digit(t[i + 1]))) {
                    int sn = smallNumber(t, i + 1, to);
                    if (sn > 0 && quarterWordEnd(t, i + 1 + sn % 100, to, true) > 0) {
                        return quarter(t, i, i + 1, from, to, ctxYear, out);
                    }
                }
                return i + 1;
            case '前':
                if (Clauses.at(t, i, to, "前年")) {
                    add(out, t, from, to, i, i + 2, years.report > 0 ? Period.year(years.report - 2) : null);
                    return i + 2;
                }
                if (i + 2 < to && quarterWordEnd(t, i + 2, to, true) > 0) {
                    // 前三季度, and 前3季 as Taiwan and Hong Kong write it
                    int n = digit(t[i + 1]) ? t[i + 1] - '0' : cnDigit(t[i + 1]);
                    int e = quarterWordEnd(t, i + 2, to, true);
                    if (n >= 1 && n <= 4 && ctxYear > 0) {
                        add(out, t, from, to, i, e,
                                Period.months(YearMonth.of(ctxYear, 1), YearMonth.of(ctxYear, n * 3)));
                        return e;
                    }
                }
                return i + 1;
            case '上':
            case '下':
                int halfEnd = spacedEnd(t, i + 1, to, "半年");
                if (halfEnd > 0) {
                    Period p = ctxYear > 0 ? half(ctxYear, c == '上') : null;
                    add(out, t, from, to, i, halfEnd, p);
                    return halfEnd;
                }
                // 上年, but not the 上 of 基础上 before 年均 ("在…的基础上年均增长7%")
                if (c == '上' && Clauses.at(t, i, to, "上年") && !(i + 2 < to && t[i + 2] == '均')) {
                    add(out, t, from, to, i, i + 2, years.report > 0 ? Period.year(years.report - 1) : null);
                    return i + 2;
                }
                return i + 1;
            case '今':
                if (Clauses.at(t, i, to, "今年")) {
                    return relativeYear(t, i, i + 2, from, to, years.report, years, out);
                }
                if (Clauses.at(t, i, to, "今后") || Clauses.at(t, i, to, "未来")) {
                    return span(t, i, i + 2, from, to, years, false, out);
                }
                return i + 1;
            case '目':
            case '当':
            case '现':
                // 目前, 当前, 现在: the time of the report.
                if (Clauses.at(t, i, to, "目前") || Clauses.at(t, i, to, "当前") || Clauses.at(t, i, to, "现在")) {
                    out.add(new Mention(i, i + 2, Role.NOW, years.report > 0 ? Period.year(years.report) : null));
                    return i + 2;
                }
                return i + 1;
            case '未':
                if (Clauses.at(t, i, to, "未来")) {
                    return span(t, i, i + 2, from, to, years, false, out);
                }
                return i + 1;
            case '本':
                if (Clauses.at(t, i, to, "本年")) {
                    return relativeYear(t, i, i + 2, from, to, years.report, years, out);
                }
                return i + 1;
            case '去':
                if (Clauses.at(t, i, to, "去年")) {
                    return relativeYear(t, i, i + 2, from, to, years.report > 0 ? years.report - 1 : 0, years,
                            out);
                }
                return i + 1;
            case '明':
                if (Clauses.at(t, i, to, "明年")) {
                    return relativeYear(t, i, i + 2, from, to, years.report > 0 ? years.report + 1 : 0, years,
                            out);
                }
                return i + 1;
            case '年':
                if (Clauses.at(t, i, to, "年内") && !(i > from && (digit(t[i - 1]) || cnDigit(t[i - 1]) >= 0))) {
                    add(out, t, from, to, i, i + 2, years.report > 0 ? Period.year(years.report) : null);
                    return i + 2;
                }
                return i + 1;
            case '全':
                if (Clauses.at(t, i, to, "全年") && !(i > from && t[i - 1] == '成')) {
                    add(out, t, from, to, i, i + 2, ctxYear > 0 ? Period.year(ctxYear) : null);
                    return i + 2;
                }
                return i + 1;
            case '一':
                if (Clauses.at(t, i, to, "一年来")) {
                    add(out, t, from, to, i, i + 3, years.review > 0 ? Period.year(years.review) : null);
                    return i + 3;
                }
                return i + 1;
            case '国':
                // 国庆假期, 国庆黄金周: the National Day holiday falls in October of the year.
                for (String w : HOLIDAY_WORDS) {
                    if (Clauses.at(t, i, to, "国庆") && Clauses.at(t, i + 2, to, w)) {
                        int e = i + 2 + w.length();
                        YearMonth october = ctxYear > 0 ? YearMonth.of(ctxYear, 10) : null;
                        add(out, t, from, to, i, e, october != null ? Period.months(october, october) : null);
                        return e;
                    }
                }
                return i + 1;
            case '过':
            case '近':
                if (Clauses.at(t, i, to, "过去") || Clauses.at(t, i, to, "近")) {
                    int k = Clauses.at(t, i, to, "过去") ? i + 2 : i + 1;
                    // 过去一年, 过去的一年, 刚刚过去的一年: the year under review.
                    int one = k < to && t[k] == '的' && k > i + 1 ? k + 1 : k;
                    if (k > i + 1 && Clauses.at(t, one, to, "一年")) {
                        int e = one + 2;
                        if (e < to && t[e] == '来') {
                            e++;
                        }
                        add(out, t, from, to, i, e, years.review > 0 ? Period.year(years.review) : null);
                        return e;
                    }
                    int sn = smallNumber(t, k, to);
                    if (sn > 0 && Clauses.at(t, k + sn % 100, to, "年")) {
                        int n = sn / 100;
                        int e = k + sn % 100 + 1;
                        if (e < to && t[e] == '来') {
                            e++;
                        }
                        if (n >= 2 && n <= 10) {
                            Period p = years.review > 0 ? Period.years(years.review - n + 1, years.review) : null;
                            add(out, t, from, to, i, e, p);
                            return e;
                        }
                    }
                }
                return i + 1;
            default:
                return i + 1;
        }
    }

    private static Period half(int year, boolean first) {
        return first ? Period.months(YearMonth.of(year, 1), YearMonth.of(year, 6))
                : Period.months(YearMonth.of(year, 7), YearMonth.of(year, 12));
    }

    private static int afterYear(char[] t, int start, int k, int from, int to, int y, Years years,
            List<Mention> out) {
        // A date "2026年1月27日" is not a period.
        int sn = smallNumber(t, k, to);
        if (sn > 0 && digit(t[k])) {
            int m = k + sn % 100;
            if (m < to && t[m] == '月') {
                int d = smallNumber(t, m + 1, to);
                if (d > 0 && digit(t[m + 1]) && m + 1 + d % 100 < to && (t[m + 1 + d % 100] == '日'
                        || t[m + 1 + d % 100] == '号')) {
                    int e = m + 2 + d % 100;
                    out.add(new Mention(start, e, Role.DATE, null));
                    return e;
                }
            }
        }
        // "2021年至2025年", "2021年—2025年"
        if (k < to && (t[k] == '至' || t[k] == '到' || dash(t[k]))) {
            int m = k + 1;
            int q = m;
            while (q < to && digit(t[q])) {
                q++;
            }
            if (q - m == 4 && q < to && t[q] == '年') {
                int y2 = Integer.parseInt(new String(t, m, 4));
                if (y2 > y && y2 - y <= 30) {
                    return afterYearSub(t, start, q + 1, from, to, Period.years(y, y2), out);
                }
            }
        }
        int sub = subPeriod(t, k, to, y, out, start, from);
        if (sub > 0) {
            return sub;
        }
        return afterYearSub(t, start, k, from, to, Period.year(y), out);
    }

    private static int afterYearSub(char[] t, int start, int k, int from, int to, Period p, List<Mention> out) {
        int e = k;
        if (Clauses.at(t, e, to, "底") || Clauses.at(t, e, to, "末") || Clauses.at(t, e, to, "度")) {
            e++;
        }
        add(out, t, from, to, start, e, p);
        return e;
    }

    /**
     * The end of {@code w} written at {@code i}, with single spaces allowed before each of its chars (pages spaced
     * out for layout write "上 半 年"), or -1.
     */
    private static int spacedEnd(char[] t, int i, int to, String w) {
        int k = i;
        for (int n = 0; n < w.length(); n++) {
            if (k < to && t[k] == ' ') {
                k++;
            }
            if (k >= to || t[k] != w.charAt(n)) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /** Reads 上半年, 一季度, 前三季度, 1-7月 after a year; returns the end or -1. */
    private static int subPeriod(char[] t, int k, int to, int y, List<Mention> out, int start, int from) {
        if (k >= to) {
            return -1;
        }
        if (Clauses.at(t, k, to, "上半年") || Clauses.at(t, k, to, "下半年")) {
            add(out, t, from, to, start, k + 3, half(y, t[k] == '上'));
            return k + 3;
        }
        if (Clauses.at(t, k, to, "前") && k + 2 < to && quarterWordEnd(t, k + 2, to, true) > 0) {
            int n = digit(t[k + 1]) ? t[k + 1] - '0' : cnDigit(t[k + 1]);
            int e = quarterWordEnd(t, k + 2, to, true);
            if (n >= 1 && n <= 4) {
                add(out, t, from, to, start, e, Period.months(YearMonth.of(y, 1), YearMonth.of(y, n * 3)));
                return e;
            }
        }
        int q = t[k] == '第' ? k + 1 : k;
        int sn = smallNumber(t, q, to);
        int qe = sn > 0 ? quarterWordEnd(t, q + sn % 100, to, true) : -1;
        if (qe > 0 && sn / 100 >= 1 && sn / 100 <= 4) {
            int e = qe;
            add(out, t, from, to, start, e, Period.quarter(y, sn / 100));
            return e;
        }
        if (sn > 0 || Clauses.at(t, k, to, "前")) {
            List<Mention> tmp = new ArrayList<>();
            int e = monthsAt(t, k, k, to, y, tmp);
            if (!tmp.isEmpty() && tmp.get(0).role != Role.DATE) {
                add(out, t, from, to, start, e, tmp.get(0).period);
                return e;
            }
        }
        return -1;
    }

    /** Reads "1-7月", "1至7月", "7月", "前7个月", "一至七月" at {@code i}. */
    private static int monthsAt(char[] t, int i, int from, int to, int year, List<Mention> out) {
        int k = i;
        if (Clauses.at(t, k, to, "前")) {
            int sn = smallNumber(t, k + 1, to);
            if (sn > 0 && Clauses.at(t, k + 1 + sn % 100, to, "个月")) {
                int n = sn / 100;
                int e = k + 1 + sn % 100 + 2;
                if (n >= 1 && n <= 12) {
                    add(out, t, from, to, i, e,
                            year > 0 ? Period.months(YearMonth.of(year, 1), YearMonth.of(year, n)) : null);
                    return e;
                }
            }
            return i + 1;
        }
        int a = smallNumber(t, k, to);
        if (a <= 0) {
            return i + 1;
        }
        int m1 = a / 100;
        k += a % 100;
        if (k < to && (dash(t[k]) || t[k] == '至' || t[k] == '到')) {
            int b = smallNumber(t, k + 1, to);
            if (b > 0) {
                int m2 = b / 100;
                int e = k + 1 + b % 100;
                if (e < to && t[e] == '月' && m1 >= 1 && m2 <= 12 && m1 < m2) {
                    e++;
                    if (e < to && t[e] == '份') {
                        e++;
                    }
                    add(out, t, from, to, i, e,
                            year > 0 ? Period.months(YearMonth.of(year, m1), YearMonth.of(year, m2)) : null);
                    return e;
                }
            }
            return k;
        }
        if (k < to && t[k] == '月' && m1 >= 1 && m1 <= 12) {
            int e = k + 1;
            int d = smallNumber(t, e, to);
            if (d > 0 && e < to && digit(t[e]) && e + d % 100 < to && (t[e + d % 100] == '日'
                    || t[e + d % 100] == '号')) {
                int de = e + d % 100 + 1;
                out.add(new Mention(i, de, Role.DATE, null));
                return de;
            }
            if (e < to && t[e] == '份') {
                e++;
            }
            // "4月至6月", "4月—6月": a range written with both months.
            if (e < to && (dash(t[e]) || t[e] == '至' || t[e] == '到') && digit(t[i])) {
                int b = smallNumber(t, e + 1, to);
                int me = e + 1 + b % 100;
                if (b > 0 && digit(t[e + 1]) && me < to && t[me] == '月' && b / 100 > m1 && b / 100 <= 12
                        && !(me + 1 < to && (t[me + 1] == '日' || digit(t[me + 1])))) {
                    add(out, t, from, to, i, me + 1, year > 0 ? Period.months(YearMonth.of(year, m1),
                            YearMonth.of(year, b / 100)) : null);
                    return me + 1;
                }
            }
            // A lone Chinese "一月" is too often something else; keep only Arabic months and 月份.
            if (digit(t[i]) || t[e - 1] == '份') {
                add(out, t, from, to, i, e, year > 0 ? Period.months(YearMonth.of(year, m1),
                        YearMonth.of(year, m1)) : null);
            }
            return e;
        }
        return k;
    }

    /**
     * The end of the quarter word at {@code k}: 季度, or 季 alone (Hong Kong and Taiwan write "第二季") when
     * {@code bare} allows it and it does not begin 季节; -1 when there is none.
     */
    private static int quarterWordEnd(char[] t, int k, int to, boolean bare) {
        if (Clauses.at(t, k, to, "季度")) {
            return k + 2;
        }
        if (bare && Clauses.at(t, k, to, "季") && !Clauses.at(t, k, to, "季节")) {
            return k + 1;
        }
        return -1;
    }

    private static int quarter(char[] t, int start, int q, int from, int to, int year, List<Mention> out) {
        int sn = smallNumber(t, q, to);
        int n = sn / 100;
        int e = quarterWordEnd(t, q + sn % 100, to, true);
        if (n >= 1 && n <= 4) {
            add(out, t, from, to, start, e, year > 0 ? Period.quarter(year, n) : null);
        }
        return e;
    }

    /** The first year of the n-th five-year plan: 1953 (一五), 1966 (三五, after the years of adjustment), 2026 (十五五). */
    static int planStart(int n) {
        return n >= 3 ? 1966 + 5 * (n - 3) : 1953 + 5 * (n - 1);
    }

    /** True when a plan word follows at {@code k}: 九五计划, 十五时期, 八五期间. */
    private static boolean namesPlanAfter(char[] t, int k, int to) {
        for (String w : Lexicon.words("PLAN_PERIOD_SUFFIXES")) {
            if (Clauses.at(t, k, to, w)) {
                return true;
            }
        }
        return Clauses.at(t, k, to, "计划") || Clauses.at(t, k, to, "期末") || Clauses.at(t, k, to, "以来");
    }

    private static int plan(char[] t, int i, int len, int from, int to, int n, List<Mention> out) {
        int first = planStart(n);
        int e = i + len;
        int k = e;
        if (k < to && (t[k] == '\u201D' || t[k] == '"')) {
            k++;
        }
        int start = i > from && (t[i - 1] == '\u201C' || t[i - 1] == '"') ? i - 1 : i;
        if (Clauses.at(t, k, to, "前") || Clauses.at(t, k, to, "头")) {
            // "“十四五”前两年": the first years of the plan.
            int sn = smallNumber(t, k + 1, to);
            if (sn > 0 && Clauses.at(t, k + 1 + sn % 100, to, "年") && sn / 100 >= 1 && sn / 100 <= 4) {
                int endAt = k + 1 + sn % 100 + 1;
                add(out, t, from, to, start, endAt, Period.years(first, first + sn / 100 - 1));
                return endAt;
            }
        }
        for (String w : Lexicon.words("PLAN_STAGES")) {
            if (Clauses.at(t, k, to, w)) {
                // "今年是“十五五”起步之年", "确保“十五五”良好开局": the year's place in the plan, not the plan's years.
                add(out, t, from, to, start, k + w.length(), null);
                return k + w.length();
            }
        }
        if (Clauses.at(t, k, to, "末") || Clauses.at(t, k, to, "期末")) {
            // "至“十五五”末" sets a goal for the plan period as a whole, as plan documents count it.
            int endAt = k + (t[k] == '末' ? 1 : 2);
            add(out, t, from, to, start, endAt, Period.years(first, first + 4));
            return endAt;
        }
        for (String suffix : Lexicon.words("PLAN_PERIOD_SUFFIXES")) {
            if (Clauses.at(t, k, to, suffix)) {
                add(out, t, from, to, start, k + suffix.length(), Period.years(first, first + 4));
                return k + suffix.length();
            }
        }
        add(out, t, from, to, start, k, Period.years(first, first + 4));
        return k;
    }

    private static int relativeYear(char[] t, int start, int k, int from, int to, int y, Years years,
            List<Mention> out) {
        if (Clauses.at(t, k, to, "以来")) {
            Period p = null;
            if (y > 0) {
                p = Period.year(y);
            }
            out.add(new Mention(start, k + 2, Role.SINCE, p));
            return k + 2;
        }
        if (y > 0) {
            int sub = subPeriod(t, k, to, y, out, start, from);
            if (sub > 0) {
                return sub;
            }
        }
        add(out, t, from, to, start, k, y > 0 ? Period.year(y) : null);
        return k;
    }

    /** 今后五年, 未来五年: the years after the review year. */
    private static int span(char[] t, int start, int k, int from, int to, Years years, boolean past,
            List<Mention> out) {
        int sn = smallNumber(t, k, to);
        if (sn > 0 && Clauses.at(t, k + sn % 100, to, "年")) {
            int n = sn / 100;
            int e = k + sn % 100 + 1;
            if (n >= 2 && n <= 10) {
                Period p = years.review > 0 ? Period.years(years.review + 1, years.review + n) : null;
                add(out, t, from, to, start, e, p);
                return e;
            }
        }
        return k;
    }

    private static void add(List<Mention> out, char[] t, int from, int to, int start, int end, Period p) {
        out.add(new Mention(start, end, role(t, from, to, start, end), p));
    }

    /**
     * True for "增加到2025年的1010亿元", "提高到2022年的1.86%": the year dates the level a change reached, it is not a
     * horizon to reach.
     */
    private static boolean toLevelOfYear(char[] t, int from, int to, int mark, int end) {
        if (!Clauses.at(t, end, to, "的") || mark - 2 < from) {
            return false;
        }
        for (String verb : TO_LEVEL_VERBS) {
            if (Clauses.at(t, mark - verb.length(), to, verb)) {
                return true;
            }
        }
        return false;
    }

    private static Role role(char[] t, int from, int to, int start, int end) {
        int b = start - 1;
        while (b >= from && (t[b] == ' ' || t[b] == '\u201C' || t[b] == '"')) {
            b--;
        }
        if (end + 1 < to + 1 && Clauses.at(t, end, to, "以来")) {
            return Role.SINCE;
        }
        if (b >= from) {
            char p = t[b];
            if ((p == '到' || p == '至') && !(b > from && t[b - 1] == '截') && !toLevelOfYear(t, from, to, b, end)) {
                return Role.HORIZON;
            }
            if (p == '比' || p == '较' || p == '与' || p == '从' || p == '由' || p == '同'
                    || p == '于' && !(b > from && (t[b - 1] == '关' || t[b - 1] == '对'))) {
                return Role.BASE; // 高于2020年; but 关于1998年政府工作的建议 and 对于 name the year

            }
            if (b - 1 >= from && (Clauses.at(t, b - 1, to, "相比") || Clauses.at(t, b - 1, to, "对比"))) {
                return Role.BASE;
            }
        }
        if (Clauses.at(t, end, to, "相比") || Clauses.at(t, end, to, "同期") || Clauses.at(t, end, to, "的基础上")) {
            return Role.BASE;
        }
        return Role.PLAIN;
    }
}
