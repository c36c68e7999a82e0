package io.github.zhibiao.examples.cli;

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
 */
record Finding(Statement statement, QuantityMention value, QuantityMention change) {
    Finding {
        Objects.requireNonNull(statement, "statement");
    }
}
