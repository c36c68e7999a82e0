package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the parser on every seed report and scores it against the hand-made gold in {@code seeds/gold} with the
 * matching rules of {@link FactScoring}. Scores are printed per document and overall, for the headline indicators
 * (code other than OTHER, on both sides) and for all records; both must reach the gate.
 */
class GoldEvaluationTest {
    private static final double MIN_HEADLINE_PRECISION = 0.95;
    private static final double MIN_HEADLINE_RECALL = 0.93;
    private static final double MIN_PRECISION = 0.90;
    private static final double MIN_RECALL = 0.87;

    static Path seeds() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("seeds").resolve("README.md"))) {
                return dir.resolve("seeds");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no seeds/README.md above " + Paths.get("").toAbsolutePath());
    }

    @Test
    void extractsTheGoldFactsAndTargetsOfEverySeed() throws IOException {
        Path seeds = seeds();
        List<Path> golds;
        try (Stream<Path> files = Files.list(seeds.resolve("gold"))) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".facts.jsonl")).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(golds).isNotEmpty();
        ReportParser parser = ReportParser.create();
        FactScoring.Evaluation eval = new FactScoring.Evaluation();
        for (Path g : golds) {
            String doc = g.getFileName().toString().replace(".facts.jsonl", "");
            String text = Files.readString(seeds.resolve(doc + ".txt"), StandardCharsets.UTF_8);
            eval.add(doc, parser.parse(text), FactScoring.gold(g));
        }
        eval.print("Gold evaluation");
        FactScoring.Score headline = eval.headline;
        FactScoring.Score all = eval.all;
        assertThat(headline.precision()).as("headline precision").isGreaterThanOrEqualTo(MIN_HEADLINE_PRECISION);
        assertThat(headline.recall()).as("headline recall").isGreaterThanOrEqualTo(MIN_HEADLINE_RECALL);
        assertThat(all.precision()).as("precision of all records").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(all.recall()).as("recall of all records").isGreaterThanOrEqualTo(MIN_RECALL);
    }
}
