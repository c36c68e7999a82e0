package io.github.zhibiao.core.panel;

import io.github.zhibiao.core.ReportContext;
import io.github.zhibiao.core.Statement;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a panel figure comes from: the report (its id, such as the file name "hailaer/2017.txt", and its
 * {@link ReportContext}) and the statement in it, with its span and sentence ("地区生产总值完成303.6亿元,同比增长7.2%"
 * at [1520, 1541)).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Source {
    private final String id;
    private final ReportContext report;
    private final Statement statement;
    /** The report's place in report order (by date, then as added); larger is later. */
    private final int order;

    private Source(String id, ReportContext report, Statement statement, int order) {
        this.id = id;
        this.report = report;
        this.statement = statement;
        this.order = order;
    }

    static Source of(String id, ReportContext report, Statement statement, int order) {
        return new Source(Objects.requireNonNull(id, "id"), Objects.requireNonNull(report, "report"),
                Objects.requireNonNull(statement, "statement"), order);
    }

    /** @return the id the report was added under (a file name, a URL), never null */
    public String id() {
        return id;
    }

    /** @return the report's date, region and kind, never null */
    public ReportContext report() {
        return report;
    }

    /** @return shortcut for {@code report().date()}: when the report was given, if known */
    public Optional<LocalDate> reportDate() {
        return report.date();
    }

    /** @return the statement, never null */
    public Statement statement() {
        return statement;
    }

    /** @return the UTF-16 offset where the statement starts in its report */
    public int start() {
        return statement.start();
    }

    /** @return the UTF-16 offset after the statement in its report */
    public int end() {
        return statement.end();
    }

    /** @return the statement's text exactly as in the report, never null */
    public String text() {
        return statement.text();
    }

    /** @return the report's place in report order: by date, then as added; larger is later */
    int order() {
        return order;
    }

    /** @return true when this source comes from a later report than {@code other} */
    boolean laterThan(Source other) {
        return order > other.order;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Source)) {
            return false;
        }
        Source s = (Source) o;
        return order == s.order && id.equals(s.id) && report.equals(s.report) && statement.equals(s.statement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, report, statement.start(), statement.end());
    }

    /** @return e.g. "hailaer/2017.txt 2017-02-20 @[1520,1541) 地区生产总值完成303.6亿元,同比增长7.2%" */
    @Override
    public String toString() {
        return id + " " + report.date().map(LocalDate::toString).orElse("?") + " @[" + start() + "," + end() + ") "
                + text();
    }
}
