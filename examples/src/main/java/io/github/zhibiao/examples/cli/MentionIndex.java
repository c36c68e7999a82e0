package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.Statement;
import io.github.zhibiao.numbers.Quantities;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.QuantityMention;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Places the quantities of {@link Statement}s in the text: the mentions {@code Quantities.scan} finds in the
 * whole report, looked up inside each statement's span. A statement's value is matched to a mention with an
 * equal quantity, else to one with the same amount and unit (the parser may adjust a qualifier or drop a
 * change); each mention serves one statement quantity at most per statement.
 *
 * <p>Instances are immutable after construction and thread-safe.
 */
final class MentionIndex {
    private static final BiPredicate<Quantity, Quantity> SAME = Quantity::equals;
    private static final BiPredicate<Quantity, Quantity> SAME_AMOUNT = (a, b) -> a.unit() == b.unit()
            && a.low().compareTo(b.low()) == 0 && a.high().compareTo(b.high()) == 0;

    private final List<QuantityMention> mentions;

    /**
     * Scans the text once.
     *
     * @param text the report's text as given to the parser, not null
     */
    MentionIndex(CharSequence text) {
        this.mentions = Quantities.scan(Objects.requireNonNull(text, "text"));
    }

    /**
     * Places a statement's value and change.
     *
     * @param s the statement, not null
     * @return the statement with its mentions, never null
     */
    Finding place(Statement s) {
        List<QuantityMention> inSpan = new ArrayList<>();
        for (QuantityMention m : mentions) {
            if (m.start() >= s.start() && m.end() <= s.end()) {
                inSpan.add(m);
            }
        }
        Map<QuantityMention, Boolean> used = new IdentityHashMap<>();
        QuantityMention value = s.value().map(q -> find(inSpan, q, used)).orElse(null);
        QuantityMention change = s.change().map(q -> find(inSpan, q, used)).orElse(null);
        return new Finding(s, value, change);
    }

    private static QuantityMention find(List<QuantityMention> candidates, Quantity q,
            Map<QuantityMention, Boolean> used) {
        for (BiPredicate<Quantity, Quantity> match : List.of(SAME, SAME_AMOUNT)) {
            for (QuantityMention m : candidates) {
                if (!used.containsKey(m) && match.test(m.quantity(), q)) {
                    used.put(m, Boolean.TRUE);
                    return m;
                }
            }
        }
        return null;
    }
}
