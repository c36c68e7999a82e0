package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.ReportContext;
import io.github.zhibiao.core.Statement;
import io.github.zhibiao.numbers.QuantityMention;
import java.util.Objects;

/**
 * A statement of a report together with where its value and change are written ("350.19亿元" and "增长24%"
 * inside the clause), as {@link Statement#valueMention()} and {@link Statement#changeMention()} give them, placed
 * in the whole input: a statement from a later section of a large input is shifted by {@code offset}.
 *
 * @param statement the statement, not null
 * @param value the mention of the level, in whole-input offsets, or null when there is none
 * @param change the mention of the change, in whole-input offsets, or null when there is none
 * @param offset where the statement's section starts in the input; {@link #start()} and {@link #end()} add it
 * @param report the date, region and kind of the report the statement is in, not null
 */
record Finding(Statement statement, QuantityMention value, QuantityMention change, int offset,
        ReportContext report) {
    Finding {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(report, "report");
    }

    /** A finding of a whole input whose report context is not known. */
    Finding(Statement statement, QuantityMention value, QuantityMention change) {
        this(statement, value, change, 0, ReportContext.empty());
    }

    /** @return the statement's start in the whole input */
    int start() {
        return statement.start() + offset;
    }

    /** @return the statement's end in the whole input */
    int end() {
        return statement.end() + offset;
    }
}
