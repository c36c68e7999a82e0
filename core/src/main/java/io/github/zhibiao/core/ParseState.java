package io.github.zhibiao.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every sentence of one report shares: the text, the catalog and cue lexicon, the report's date and the years it
 * looks at (a work report of March 2025 reports its review of 2024 and its plans for 2025), the period of the current
 * section ("2026年工作安排") and the statements made so far.
 *
 * <p>One instance belongs to one parse, on one thread; it is mutable and not shared.
 */
final class ParseState {
    /** How far into an undated text its opening review year is looked for (see {@link #openingReview}). */
    private static final int OPENING = 1500;
    final IndicatorCatalog catalog;
    final CharSequence text;
    /** This parse's own normalized copy of the text, same offsets; line breaks before a value are blanked out. */
    final char[] t;
    final Clauses clauses;
    final ReportContext context;
    final PeriodScanner.Years years;
    /** The report's date, or null when it has none. */
    final LocalDate date;
    final Lexicon lex = Lexicon.get();
    /** The statements made so far, in the order they were made. */
    final List<Statement> out = new ArrayList<>();
    /** The statements of {@link #out} made from headings, which the body may repeat. */
    final Set<Statement> headingStatements = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The sections of the document, in text order (see {@link DocumentReader}). */
    final List<Section> sections;
    /** What the parse could not decide for sure: the report's year, a sentence it could not read. */
    final List<ReportWarning> warnings = new ArrayList<>();
    /** The frame of the current section; {@link TimeFrame#none()} before the first heading. */
    TimeFrame frame = TimeFrame.none();
    /** Where {@link #sectionAt} starts looking: lines are read in order. */
    private int nextSection;
    private Map<String, Integer> regionCounts;

    ParseState(IndicatorCatalog catalog, CharSequence text, char[] normalized, ReportContext context,
            String sourceName) {
        this.catalog = catalog;
        this.text = text;
        this.t = normalized;
        this.clauses = new Clauses(normalized, lex);
        this.context = context;
        List<DocumentReader.Heading> headings = DocumentReader.headings(normalized, clauses);
        boolean dated = context.date().isPresent();
        ReportYear.Resolved resolved = ReportYear.resolve(normalized, context, headings, sourceName,
                dated ? 0 : inferYear());
        this.date = resolved.date;
        this.warnings.addAll(resolved.warnings);
        int reportYear = resolved.report;
        int reviewYear = resolved.review;
        if (date == null) {
            int[] opened = openingReview();
            if (opened != null && (opened[1] == 1 || opened[0] < reportYear)) {
                // "刚刚过去的2022年，…" opening an undated feature: its facts are of 2022, its plans of 2023.
                reviewYear = opened[0];
                reportYear = Math.max(reportYear, opened[0] + opened[1]);
            }
        }
        this.years = new PeriodScanner.Years(reportYear, reviewYear);
        this.sections = DocumentReader.sections(normalized, text, headings, years);
    }

    /** The innermost section holding {@code pos}, or null before the first heading. */
    Section sectionAt(int pos) {
        Section found = null;
        for (int k = nextSection; k < sections.size() && sections.get(k).start() <= pos; k++) {
            nextSection = k;
        }
        for (int k = nextSection; k >= 0 && k < sections.size(); k--) {
            Section s = sections.get(k);
            if (s.start() <= pos && pos < s.end()) {
                found = s;
                break;
            }
        }
        return found;
    }

    /** Without a date, the latest year the text speaks of in the past tense stands in for the report's year. */
    private int inferYear() {
        int best = 0;
        int end = Math.min(t.length, 200_000);
        List<PeriodScanner.Mention> ms = PeriodScanner.scan(t, 0, end, new PeriodScanner.Years(0, 0), 0);
        for (PeriodScanner.Mention m : ms) {
            if (m.role == PeriodScanner.Role.PLAIN && m.period != null && m.period.isYear()) {
                best = Math.max(best, m.period.start().getYear());
            }
        }
        return best;
    }

    /**
     * The year an undated text opens by looking back on, or null: {year, 1} after 过去的 ("刚刚过去的2022年"), {year, 0}
     * for a year opening one of the first paragraphs ("2022年，全县…"), which is a review only before a later year.
     */
    private int[] openingReview() {
        int end = Math.min(t.length, OPENING);
        int[] found = null;
        for (PeriodScanner.Mention m : PeriodScanner.scan(t, 0, end, new PeriodScanner.Years(0, 0), 0)) {
            if (m.period == null || !m.period.isYear() || m.end >= end || t[m.end] != '，' && t[m.end] != ',') {
                continue;
            }
            int year = m.period.start().getYear();
            if (clauses.at(m.start - 3, m.start, "过去的") || clauses.at(m.start - 2, m.start, "过去")) {
                return new int[] {year, 1};
            }
            int p = m.start - 1;
            while (p >= 0 && (t[p] == ' ' || t[p] == '\u3000')) {
                p--;
            }
            if (found == null && (p < 0 || t[p] == '\n')) {
                found = new int[] {year, 0};
            }
        }
        return found;
    }

    /**
     * Forgets the statements made since {@code made} and records a warning for {@code [start, end)}: what a
     * sentence the parser failed on leaves behind, so that no half-made statement stays and no gap is silent.
     */
    void failed(int made, int start, int end, String what, Throwable cause) {
        while (out.size() > made) {
            headingStatements.remove(out.remove(out.size() - 1));
        }
        int shownEnd = Math.min(end, start + 30);
        String shown;
        try {
            shown = text.subSequence(start, shownEnd).toString();
        } catch (RuntimeException ex) {
            // The caller's CharSequence failed; the normalized copy cannot.
            shown = new String(t, start, shownEnd - start);
        }
        shown = shown.replace('\n', ' ');
        warnings.add(ReportWarning.of(start, end, what + " not read (internal error: "
                + cause.getClass().getSimpleName() + "): \"" + shown + (end - start > 30 ? "…" : "") + "\""));
    }

    /** How often the text names each region, counted on first use: 高新区 → 3. */
    Map<String, Integer> regionCounts() {
        if (regionCounts == null) {
            regionCounts = ContextDetector.regionCounts(t);
        }
        return regionCounts;
    }

    /** @return the period the current section's frame names, or null */
    Period sectionPeriod() {
        return frame.period().orElse(null);
    }

    /** The year a period-less clause of the current section speaks of: the section's, else the review year. */
    int contextYear() {
        if (sectionPeriod() != null) {
            return sectionPeriod().end().getYear();
        }
        return years.review;
    }
}
