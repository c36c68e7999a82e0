package io.github.zhibiao.core;

import java.util.List;
import java.util.Objects;
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
    private final List<ReportWarning> warnings;

    private Report(ReportContext context, List<Statement> statements, List<ReportWarning> warnings) {
        this.context = Objects.requireNonNull(context, "context");
        this.statements = List.copyOf(statements);
        this.warnings = List.copyOf(warnings);
    }

    static Report of(ReportContext context, List<Statement> statements) {
        return new Report(context, statements, List.of());
    }

    static Report of(ReportContext context, List<Statement> statements, List<ReportWarning> warnings) {
        return new Report(context, statements, warnings);
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
     * Returns what the parser could not read, in text order: a sentence it failed on is named here, and every
     * other statement of the report is still in {@link #statements()}.
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
        return context.equals(r.context) && statements.equals(r.statements) && warnings.equals(r.warnings);
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
