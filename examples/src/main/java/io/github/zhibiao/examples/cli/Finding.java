package io.github.zhibiao.examples.cli;

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
 */
record Finding(Statement statement, QuantityMention value, QuantityMention change, int offset) {
    Finding {
        Objects.requireNonNull(statement, "statement");
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
