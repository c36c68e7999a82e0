package io.github.zhibiao.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.core.Period;
import io.github.zhibiao.core.Report;
import io.github.zhibiao.core.ReportContext;
import io.github.zhibiao.core.ReportKind;
import io.github.zhibiao.core.ReportParser;
import io.github.zhibiao.core.StatementKind;
import io.github.zhibiao.numbers.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A test-only measuring tool: builds a panel of a corpus of consecutive reports with gold ({@code DIR/*.txt} and
 * {@code DIR/gold/*.json}, the format of {@code ../shared/corpus}) and prints how many gold figures land in their
 * cell and how many target/outcome pairs form. Runs on {@code -Dzhibiao.panel.corpus=DIR}, else on
 * {@code ../shared/corpus/hailaer} when it exists above the working directory; skipped when neither is there
 * (the project's own tests never need it).
 *
 * <p>Each report is parsed with its date and region from the gold, as {@code zhibiao panel --manifest} would. A
 * gold item lands when its cell (region, one of its codes, period, kind) has a source whose level and change hold
 * the item's numbers; it is reported when the cell's chosen figures hold them. A gold pair is a gold target of
 * year Y and a gold fact of Y from a later report with the same code; it forms when the panel's attainment of that
 * target cell compares it with an outcome (met or missed). Every miss is printed with its cause.
 */
class PanelCorpusMeasurement {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path corpus() {
        String given = System.getProperty("zhibiao.panel.corpus");
        if (given != null) {
            return Paths.get(given);
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve("shared").resolve("corpus").resolve("hailaer");
            if (Files.isDirectory(p.resolve("gold"))) {
                return p;
            }
            dir = dir.getParent();
        }
        return null;
    }

    /** One gold item with the report it comes from. */
    record Item(String file, String region, String kind, List<String> codes, String period, BigDecimal value,
            List<BigDecimal> growth, String span) {
    }

    @Test
    void measuresGoldFiguresInCellsAndTargetOutcomePairs() throws IOException {
        Path dir = corpus();
        assumeTrue(dir != null && Files.isDirectory(dir), "no corpus with gold: set -Dzhibiao.panel.corpus=DIR");
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir.resolve("gold"))) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        ReportParser parser = ReportParser.create();
        Panel.Builder builder = Panel.builder();
        List<Item> items = new ArrayList<>();
        for (Path g : golds) {
            JsonNode gold = JSON.readTree(g.toFile());
            String file = gold.get("file").asText();
            String region = gold.get("region").asText();
            String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            ReportContext overrides = ReportContext.of(LocalDate.parse(gold.get("date").asText()), region,
                    ReportKind.WORK_REPORT);
            Report report = parser.parse(text, overrides);
            builder.add(file, report);
            for (JsonNode it : gold.get("items")) {
                List<String> codes = new ArrayList<>();
                it.get("codes").forEach(c -> codes.add(c.asText()));
                List<BigDecimal> growth = new ArrayList<>();
                JsonNode gr = it.get("growth");
                if (gr.isArray()) {
                    gr.forEach(x -> growth.add(new BigDecimal(x.asText())));
                } else if (!gr.isNull()) {
                    growth.add(new BigDecimal(gr.asText()));
                }
                items.add(new Item(file, region, it.get("kind").asText(), codes, it.get("period").asText(),
                        it.get("value").isNull() ? null : new BigDecimal(it.get("value").asText()), growth,
                        it.get("span").asText()));
            }
        }
        long start = System.nanoTime();
        Panel panel = builder.build();
        long ms = (System.nanoTime() - start) / 1_000_000;

        int landed = 0;
        int reported = 0;
        List<String> misses = new ArrayList<>();
        for (Item it : items) {
            String where = landing(panel, it);
            if (where.equals("reported") || where.equals("landed")) {
                landed++;
                reported += where.equals("reported") ? 1 : 0;
            } else {
                misses.add(where + "  " + it.file() + " " + it.kind() + " " + it.codes().get(0) + " " + it.period()
                        + "  " + it.span().strip());
            }
        }
        // Gold pairs: target of Y (report Y) with a fact of Y from another report, same first code.
        Set<String> pairs = new HashSet<>();
        for (Item t : items) {
            if (!t.kind().equals("target")) {
                continue;
            }
            for (Item f : items) {
                if (f.kind().equals("fact") && !f.file().equals(t.file()) && f.period().equals(t.period())
                        && f.codes().get(0).equals(t.codes().get(0)) && comparable(t, f)) {
                    pairs.add(t.region() + "\t" + t.codes().get(0) + "\t" + t.period());
                }
            }
        }
        int formed = 0;
        List<String> unpaired = new ArrayList<>();
        for (String p : pairs) {
            String[] f = p.split("\t");
            CellKey key = CellKey.of(f[0], f[1], Period.parse(f[2]), StatementKind.TARGET);
            String verdict = panel.attainment(key).map(a -> a.verdict() + a.reason().map(r -> " " + r).orElse(""))
                    .orElse("no target cell");
            if (verdict.equals("MET") || verdict.equals("MISSED")) {
                formed++;
            } else {
                unpaired.add(verdict + "  " + key);
            }
        }
        System.out.println("Panel measurement on " + dir + " (" + golds.size() + " reports, panel built in " + ms
                + " ms): " + panel);
        misses.stream().sorted().forEach(m -> System.out.println("  MISS " + m));
        unpaired.stream().sorted().forEach(m -> System.out.println("  UNPAIRED " + m));
        panel.attainments().stream().filter(a -> a.verdict() != Verdict.NOT_COMPARABLE)
                .forEach(a -> System.out.println("  PAIR " + a));
        panel.inconsistencies().forEach(c -> System.out.println("  CHECK " + c));
        System.out.printf(Locale.ROOT, "gold figures in their cell: %d/%d (%.1f%%), reported by the cell: %d;"
                + " target/outcome pairs formed: %d/%d%n", landed, items.size(), 100.0 * landed / items.size(),
                reported, formed, pairs.size());
        assertThat(panel.cells()).isNotEmpty();
    }

    /** Gold pairs need a common measure: both a growth, or both a level. */
    private static boolean comparable(Item t, Item f) {
        return !t.growth().isEmpty() && !f.growth().isEmpty() || t.value() != null && f.value() != null;
    }

    /** @return "reported", "landed" or the cause of a miss */
    private static String landing(Panel panel, Item it) {
        StatementKind kind = it.kind().equals("target") ? StatementKind.TARGET : StatementKind.FACT;
        Period period = Period.parse(it.period());
        boolean anyCode = false;
        for (String code : it.codes()) {
            Cell cell = panel.cell(CellKey.of(it.region(), code, period, kind)).orElse(null);
            if (cell == null) {
                continue;
            }
            anyCode = true;
            if (holds(cell.value().orElse(null), cell.change().orElse(null), it)) {
                return "reported";
            }
            for (Source s : cell.sources()) {
                if (holds(s.statement().value().orElse(null), s.statement().change().orElse(null), it)) {
                    return "landed";
                }
            }
        }
        // Where did the figure go instead?
        for (Cell cell : panel.cells()) {
            if (!it.codes().contains(cell.key().indicator()) || cell.key().kind() != kind) {
                continue;
            }
            for (Source s : cell.sources()) {
                if (s.id().equals(it.file())
                        && holds(s.statement().value().orElse(null), s.statement().change().orElse(null), it)) {
                    return cell.key().region().equals(it.region()) ? "PERIOD(" + cell.key().period() + ")"
                            : "REGION(" + cell.key().region() + ")";
                }
            }
        }
        for (Source s : panel.unplaced()) {
            if (s.id().equals(it.file()) && it.codes().contains(s.statement().indicatorCode())
                    && holds(s.statement().value().orElse(null), s.statement().change().orElse(null), it)) {
                return "UNPLACED(no " + (s.statement().period().isEmpty() ? "period" : "region") + ")";
            }
        }
        return anyCode ? "WRONG_NUMBERS" : "NOT_EXTRACTED";
    }

    private static boolean holds(Quantity value, Quantity change, Item it) {
        Set<BigDecimal> have = new HashSet<>();
        for (Quantity q : new Quantity[] {value, change}) {
            if (q != null) {
                have.add(q.low().stripTrailingZeros());
                have.add(q.high().stripTrailingZeros());
            }
        }
        if (it.value() != null && !have.contains(it.value().stripTrailingZeros())) {
            return false;
        }
        for (BigDecimal g : it.growth()) {
            if (!have.contains(g.stripTrailingZeros())) {
                return false;
            }
        }
        return true;
    }
}
