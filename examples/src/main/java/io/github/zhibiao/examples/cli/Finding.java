package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.Statement;
import io.github.zhibiao.numbers.QuantityMention;
import java.util.Objects;

/**
 * A statement of a report together with where its value and change are written. A {@link Statement} holds the
 * clause's span and the quantities; the spans of "350.19亿元" and "增长24%" inside the clause come from scanning
 * the same text with {@code Quantities.scan} (see {@link MentionIndex}).
 *
 * @param statement the statement, not null
 * @param value the mention of the level, or null when there is none or it could not be placed
 * @param change the mention of the change, or null when there is none or it could not be placed
 */
record Finding(Statement statement, QuantityMention value, QuantityMention change) {
    Finding {
        Objects.requireNonNull(statement, "statement");
    }
}
