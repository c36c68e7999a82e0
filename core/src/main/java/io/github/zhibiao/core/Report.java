package io.github.zhibiao.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a {@link ReportParser} read from one report: its {@link ReportContext} and every indicator statement, in
 * text order. For the 2026 平阴县 government work report, {@link #facts()} holds "全县地区生产总值增长5.8%" (2025)
 * and {@link #targets()} holds "全县地区生产总值增长5.2%左右" (2026).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Report {
    private final ReportContext context;
    private final List<Statement> statements;
    private final List<Section> sections;
    private final List<ReportWarning> warnings;
    private final int year;
    private final String regionCode;

    private Report(ReportContext context, List<Statement> statements, List<Section> sections,
            List<ReportWarning> warnings, int year, String regionCode) {
        this.context = Objects.requireNonNull(context, "context");
        this.statements = List.copyOf(statements);
        this.sections = List.copyOf(sections);
        this.warnings = List.copyOf(warnings);
        this.year = year;
        this.regionCode = regionCode;
    }

    static Report of(ReportContext context, List<Statement> statements) {
        return new Report(context, statements, List.of(), List.of(), 0, null);
    }

    static Report of(ReportContext context, List<Statement> statements, List<Section> sections,
            List<ReportWarning> warnings, int year, String regionCode) {
        return new Report(context, statements, sections, warnings, year, regionCode);
    }

    /** This report read from a cleaned copy of {@code original}, with every offset mapped back to it. */
    Report remapped(Invisibles map, CharSequence original) {
        List<Statement> st = new java.util.ArrayList<>(statements.size());
        for (Statement s : statements) {
            st.add(s.remapped(map, original));
        }
        List<Section> se = new java.util.ArrayList<>(sections.size());
        for (Section s : sections) {
            se.add(s.remapped(map, original));
        }
        List<ReportWarning> w = new java.util.ArrayList<>(warnings.size());
        for (ReportWarning x : warnings) {
            w.add(ReportWarning.of(x.kind(), map.start(x.start()), Math.max(map.start(x.start()), map.end(x.end())),
                    x.message()));
        }
        return new Report(context, st, se, w, year, regionCode);
    }

    /**
     * The GB/T 2260 code of the report's region, for joining a panel with other data: 平阴县 → "370124", 全国 →
     * "100000"; a name several divisions share (朝阳区) takes the one whose parent the text names most.
     *
     * @return the six-digit code, or empty when the region is unknown, not a division (a development zone), or
     *     shared by divisions the text does not tell apart
     */
    public Optional<String> regionCode() {
        return Optional.ofNullable(regionCode);
    }

    /**
     * The sections of the report in text order, nested ones after their parent: for the 2016 海拉尔区 report
     * "一、“十二五”时期和2015年工作回顾" (level 1, REVIEW 2015), "（一）经济发展取得新成就" (level 2, REVIEW 2015),
     * "二、“十三五”经济社会发展的主要目标和任务" (PLAN 2016/2020), "三、2016年工作安排" (PLAN 2016).
     *
     * @return the sections, never null; empty for a text without headings
     */
    public List<Section> sections() {
        return sections;
    }

    /**
     * The year the report speaks of as 今年: a work report of January 2026 is of 2026 and reviews 2025. It comes from
     * the date, else the title ("2017年政府工作报告"), the headings ("一、2024年工作回顾" → 2025) or the file name;
     * when it is only guessed from the years the text names, {@link #warnings()} says so.
     *
     * @return the year, or empty when nothing in the text gives one
     */
    public java.util.OptionalInt year() {
        return year > 0 ? java.util.OptionalInt.of(year) : java.util.OptionalInt.empty();
    }

    /** @return the report's date, region and kind, detected or overridden; never null */
    public ReportContext context() {
        return context;
    }

    /** @return every statement, facts and targets, in text order; never null */
    public List<Statement> statements() {
        return statements;
    }

    /**
     * Returns what the parser could not read or decide for sure, in text order: a sentence it failed on (every other
     * statement of the report is still in {@link #statements()}), a report without a date line whose year rests on
     * its file name or on the years it names, signals that disagree about the year.
     *
     * @return the warnings, never null; empty for a report read without trouble
     */
    public List<ReportWarning> warnings() {
        return warnings;
    }

    /** @return the facts in text order, never null */
    public List<Statement> facts() {
        return statements.stream().filter(Statement::isFact).collect(Collectors.toUnmodifiableList());
    }

    /** @return the targets in text order, never null */
    public List<Statement> targets() {
        return statements.stream().filter(Statement::isTarget).collect(Collectors.toUnmodifiableList());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Report)) {
            return false;
        }
        Report r = (Report) o;
        return context.equals(r.context) && statements.equals(r.statements) && sections.equals(r.sections)
                && warnings.equals(r.warnings) && year == r.year
                && Objects.equals(regionCode, r.regionCode);
    }

    @Override
    public int hashCode() {
        return (context.hashCode() * 31 + statements.hashCode()) * 31 + warnings.hashCode();
    }

    /** @return e.g. "Report[2026-01-27 平阴县 WORK_REPORT, 20 facts, 12 targets]" */
    @Override
    public String toString() {
        long facts = statements.stream().filter(Statement::isFact).count();
        return "Report[" + context + ", " + facts + " facts, " + (statements.size() - facts) + " targets"
                + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warnings") + "]";
    }
}
