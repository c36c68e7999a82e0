package io.github.zhibiao.core;

import io.github.zhibiao.numbers.Quantity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes statements a report makes twice: a title such as "前三季度全市地区生产总值增长5.1%" goes when the body
 * states the same value, and exact repeats of a statement go.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Duplicates {
    private Duplicates() {
    }

    /** Titles and subheadings repeat the body: a heading's statement goes when the body states the same value. */
    static List<Statement> dropRepeatedHeadings(List<Statement> list, Set<Statement> headingStatements) {
        if (headingStatements.isEmpty()) {
            return list;
        }
        Set<String> body = new HashSet<>();
        for (Statement s : list) {
            if (!headingStatements.contains(s)) {
                body.addAll(numberKeys(s));
            }
        }
        List<Statement> kept = new ArrayList<>();
        for (Statement s : list) {
            boolean repeated = false;
            for (String k : numberKeys(s)) {
                repeated |= body.contains(k);
            }
            if (!headingStatements.contains(s) || !repeated) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static List<String> numberKeys(Statement s) {
        List<String> keys = new ArrayList<>(2);
        s.value().ifPresent(q -> keys.add(s.indicatorCode() + "|v|" + q.low().toPlainString()));
        s.change().ifPresent(q -> keys.add(s.indicatorCode() + "|c|" + q.low().toPlainString()));
        return keys;
    }

    static List<Statement> dedupe(List<Statement> list) {
        Set<String> seen = new HashSet<>();
        List<Statement> kept = new ArrayList<>();
        for (Statement s : list) {
            String key = s.kind() + "|" + s.indicatorCode() + "|" + s.name() + "|"
                    + s.period().map(Period::toIsoString).orElse("")
                    + "|" + s.value().map(Quantity::toString).orElse("") + "|"
                    + s.change().map(Quantity::toString).orElse("") + "|" + s.subject().orElse("");
            if (seen.add(key)) {
                kept.add(s);
            }
        }
        return kept;
    }
}
