package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.ReportContext;
import io.github.zhibiao.core.Statement;
import io.github.zhibiao.numbers.QuantityMention;
import java.util.Objects;

/**
 * A statement of a report together with where its value and change are written ("350.19亿元" and "增长24%"
 * inside the clause), as {@link Statement#valueMention()} and {@link Statement#changeMention()} give them.
 *
 * @param statement the statement, not null
 * @param value the mention of the level, or null when there is none
 * @param change the mention of the change, or null when there is none
 * @param report the date, region and kind of the report the statement is in, not null
 */
record Finding(Statement statement, QuantityMention value, QuantityMention change, ReportContext report) {
    Finding {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(report, "report");
    }

    /** A finding of a report whose context is not known. */
    Finding(Statement statement, QuantityMention value, QuantityMention change) {
        this(statement, value, change, ReportContext.empty());
    }
}
