package io.github.zhibiao.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The year a report speaks of as 今年, from every signal it gives, and what it says when they are missing or
 * disagree. In order of trust: the date (date line or page header, or the caller's); the title ("2017年政府工作报告";
 * "2024年国民经济和社会发展统计公报" reviews 2024); the review and plan headings ("一、2024年工作回顾" → a 2025 report,
 * "三、2025年工作安排" → 2025); a year in the file name; last, the latest year the text speaks of, which is only a
 * guess and is flagged.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportYear {
    /** How far into the text a title is looked for. */
    private static final int TITLE = 400;

    /** The outcome: the years, the date decisions rest on (the report's, or one assumed from its year), warnings. */
    static final class Resolved {
        final int report;
        final int review;
        /** The report's date, or for an undated work report the first of March of its year; null when unknown. */
        final LocalDate date;
        final List<ReportWarning> warnings;

        Resolved(int report, int review, LocalDate date, List<ReportWarning> warnings) {
            this.report = report;
            this.review = review;
            this.date = date;
            this.warnings = List.copyOf(warnings);
        }
    }

    /** A year one signal gives, and where. */
    private static final class Signal {
        final int report;
        final String what;
        final int start;
        final int end;

        Signal(int report, String what, int start, int end) {
            this.report = report;
            this.what = what;
            this.start = start;
            this.end = end;
        }
    }

    private ReportYear() {
    }

    /**
     * Resolves the report's years. {@code guess} is the fallback of an undated text (the latest year it speaks of);
     * {@code sourceName} is the file name or null.
     */
    static Resolved resolve(char[] t, ReportContext context, List<DocumentReader.Heading> headings,
            String sourceName, int guess) {
        List<ReportWarning> warnings = new ArrayList<>();
        Signal title = title(t);
        Signal heading = heading(t, headings);
        Signal file = fileName(sourceName);
        LocalDate date = context.date().orElse(null);
        if (date != null) {
            int report = date.getYear();
            int review = lookingBack(date, context.kind()) ? report - 1 : report;
            for (Signal s : new Signal[] {title, heading}) {
                if (s != null && s.report != report && s.report != review + 1) {
                    warnings.add(ReportWarning.of(ReportWarning.Kind.UNCERTAIN, s.start, s.end, "the date " + date + " and the " + s.what
                            + " disagree about the report's year (" + report + " vs " + s.report
                            + "); periods follow the date"));
                }
            }
            return new Resolved(report, review, date, warnings);
        }
        Signal chosen = title != null ? title : heading != null ? heading : file;
        for (Signal s : new Signal[] {title, heading, file}) {
            if (chosen != null && s != null && s != chosen && s.report != chosen.report) {
                warnings.add(ReportWarning.of(ReportWarning.Kind.UNCERTAIN, s.start, s.end, "no date line, and the " + chosen.what + " ("
                        + chosen.report + ") and the " + s.what + " (" + s.report + ") disagree about the report's "
                        + "year; periods follow the " + chosen.what));
            }
        }
        if (chosen != null) {
            if (chosen == file) {
                warnings.add(ReportWarning.of(ReportWarning.Kind.UNCERTAIN, 0, 0, "no date line, title or dated heading; report year "
                        + chosen.report + " taken from the file name " + sourceName));
            }
            LocalDate assumed = context.kind() == ReportKind.NEWS ? null : LocalDate.of(chosen.report, 3, 1);
            return new Resolved(chosen.report, chosen.report - 1, assumed, warnings);
        }
        if (guess > 0) {
            warnings.add(ReportWarning.of(ReportWarning.Kind.UNCERTAIN, 0, 0, "no date line, title, dated heading or file name gives the report's "
                    + "year; relative years (今年, 去年) are read against " + guess + ", the latest year the text "
                    + "names, which is a guess"));
        } else {
            warnings.add(ReportWarning.of(ReportWarning.Kind.UNCERTAIN, 0, 0, "no date and no year found: relative years (今年, 去年) and "
                    + "undated statements have no period"));
        }
        return new Resolved(guess, guess, null, warnings);
    }

    /** Early in the year a work report (until spring) or a communiqué (first half) looks back on the year before. */
    private static boolean lookingBack(LocalDate date, ReportKind kind) {
        return date.getMonthValue() <= 2 || kind == ReportKind.WORK_REPORT && date.getMonthValue() <= 4
                || kind == ReportKind.STATISTICAL_COMMUNIQUE && date.getMonthValue() <= 6;
    }

    /** "2017年政府工作报告", "2017政府工作报告"; "2024年…统计公报" reviews 2024, so it is a report of 2025. */
    private static Signal title(char[] t) {
        int end = Math.min(t.length, TITLE);
        for (int i = 0; i + 4 <= end; i++) {
            int y = year(t, i, end);
            if (y == 0) {
                continue;
            }
            int j = i + 4;
            if (j < end && t[j] == '年') {
                j++;
            }
            if (Clauses.at(t, j, end, "度")) {
                j++;
            }
            int stop = Math.min(end, j + 24);
            for (int k = j; k < stop && t[k] != '\n' && t[k] != '。'; k++) {
                if (k == j && Clauses.at(t, k, end, "政府工作报告")) {
                    return new Signal(y, "title", i, k + 6);
                }
                if (Clauses.at(t, k, end, "统计公报")) {
                    return new Signal(y + 1, "title", i, k + 4);
                }
            }
        }
        return null;
    }

    /** The first review heading with one year ("一、2024年工作回顾" → 2025) or plan heading ("2025年工作安排"). */
    private static Signal heading(char[] t, List<DocumentReader.Heading> headings) {
        PeriodScanner.Years none = new PeriodScanner.Years(0, 0);
        for (DocumentReader.Heading h : headings) {
            TimeFrame.Kind kind = DocumentReader.kindWord(t, h);
            if (kind == TimeFrame.Kind.NONE) {
                continue;
            }
            Period p = DocumentReader.namedPeriod(t, h, none);
            if (p == null || !p.isYear()) {
                continue;
            }
            int y = p.start().getYear();
            return new Signal(kind == TimeFrame.Kind.REVIEW ? y + 1 : y, "heading", h.start, h.end);
        }
        return null;
    }

    /** A year standing alone in the file name: "2019.txt", "hailaer_2016_report.txt". */
    private static Signal fileName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        char[] c = base.toCharArray();
        for (int i = 0; i + 4 <= c.length; i++) {
            int y = year(c, i, c.length);
            if (y != 0) {
                return new Signal(y, "file name", 0, 0);
            }
        }
        return null;
    }

    /** The year 1949–2100 written with four digits at {@code i} and no digit around, else 0. */
    private static int year(char[] t, int i, int end) {
        if (i > 0 && digit(t[i - 1]) || i + 4 > end || i + 4 < end && digit(t[i + 4])) {
            return 0;
        }
        int y = 0;
        for (int k = i; k < i + 4; k++) {
            if (!digit(t[k])) {
                return 0;
            }
            y = y * 10 + (t[k] - '0');
        }
        return y >= 1949 && y <= 2100 ? y : 0;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
