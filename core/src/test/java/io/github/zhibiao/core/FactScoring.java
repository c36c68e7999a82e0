package io.github.zhibiao.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.numbers.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Scores extracted statements against hand-made records in the format of {@code seeds/gold/*.facts.jsonl}. An
 * extracted statement matches a record when kind, indicator code and period are equal and the value and/or change
 * numbers agree (at least one number in common, none contradicting); each statement matches at most one record.
 * Shared by {@link GoldEvaluationTest} (the seeds) and {@link OtherReportsEvaluationTest} (other regions' texts).
 */
final class FactScoring {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FactScoring() {
    }

    /** One hand-made record, reduced to what matching needs. */
    static final class Gold {
        String kind;
        String indicator;
        String period;
        BigDecimal value;
        BigDecimal change;
        String evidence;
        String line;
    }

    /** Counts of extracted, expected and matched records; precision and recall. */
    static final class Score {
        int extracted;
        int gold;
        int matched;

        void add(Score o) {
            extracted += o.extracted;
            gold += o.gold;
            matched += o.matched;
        }

        double precision() {
            return extracted == 0 ? 1 : (double) matched / extracted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f (%d/%d) R=%.3f (%d/%d)", precision(), matched, extracted,
                    recall(), matched, gold);
        }
    }

    /** The headline and all-record scores of a set of documents, with every miss and spurious item. */
    static final class Evaluation {
        final Score headline = new Score();
        final Score all = new Score();
        final StringBuilder headlineLog = new StringBuilder();
        final StringBuilder allLog = new StringBuilder();
        final StringBuilder table = new StringBuilder();

        /** Scores one document and adds it to the totals. */
        void add(String doc, Report report, List<Gold> gold) {
            Score h = score(report.statements(), gold, true, doc, headlineLog);
            Score a = score(report.statements(), gold, false, doc, allLog);
            headline.add(h);
            all.add(a);
            table.append(String.format(Locale.ROOT, "%-28s %s  headline %s  all %s%n", doc, report.context(), h,
                    a));
        }

        void print(String title) {
            System.out.println(title + " (headline = indicator codes other than OTHER)");
            System.out.print(table);
            System.out.println("OVERALL headline " + headline);
            System.out.println("OVERALL all      " + all);
            System.out.println("Headline misses and spurious items:");
            System.out.print(headlineLog);
            System.out.println("All-record misses and spurious items (OTHER included):");
            System.out.print(allLog);
        }
    }

    static List<Gold> gold(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            Gold g = new Gold();
            g.kind = n.path("kind").asText();
            g.indicator = n.path("indicator").asText();
            g.period = n.path("period").isNull() ? null : n.path("period").asText();
            g.value = n.path("value").isNull() ? null : new BigDecimal(n.path("value").asText());
            g.change = n.path("change").isNull() ? null : new BigDecimal(n.path("change").asText());
            g.evidence = n.path("evidence").asText();
            g.line = g.kind + " " + g.indicator + " " + g.period + " value=" + g.value + " change=" + g.change
                    + " | " + g.evidence;
            out.add(g);
        }
        return out;
    }

    private static BigDecimal number(Quantity q) {
        return q == null ? null : q.low();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    static boolean matches(Statement s, Gold g) {
        String kind = s.kind().name().toLowerCase(Locale.ROOT);
        String period = s.period().map(Period::toIsoString).orElse(null);
        if (!kind.equals(g.kind) || !s.indicatorCode().equals(g.indicator) || !Objects.equals(period, g.period)) {
            return false;
        }
        BigDecimal v = number(s.value().orElse(null));
        BigDecimal c = number(s.change().orElse(null));
        boolean valueOk = g.value == null || v == null || same(g.value, v);
        boolean changeOk = g.change == null || c == null || same(g.change, c);
        boolean shared = same(g.value, v) || same(g.change, c) || same(g.value, c) || same(g.change, v);
        return valueOk && changeOk && shared;
    }

    static Score score(List<Statement> extracted, List<Gold> gold, boolean headline, String doc,
            StringBuilder log) {
        List<Statement> ex = extracted.stream().filter(s -> !headline || !s.indicator().isOther())
                .collect(Collectors.toList());
        List<Gold> gs = gold.stream().filter(g -> !headline || !g.indicator.equals(Indicator.OTHER_CODE))
                .collect(Collectors.toList());
        boolean[] used = new boolean[ex.size()];
        Score score = new Score();
        score.extracted = ex.size();
        score.gold = gs.size();
        for (Gold g : gs) {
            boolean found = false;
            for (int i = 0; i < ex.size(); i++) {
                if (!used[i] && matches(ex.get(i), g)) {
                    used[i] = true;
                    found = true;
                    score.matched++;
                    break;
                }
            }
            if (!found) {
                log.append("  MISS     ").append(doc).append(' ').append(g.line).append('\n');
            }
        }
        for (int i = 0; i < ex.size(); i++) {
            if (!used[i]) {
                log.append("  SPURIOUS ").append(doc).append(' ').append(ex.get(i)).append(" | ")
                        .append(ex.get(i).text()).append('\n');
            }
        }
        return score;
    }
}
