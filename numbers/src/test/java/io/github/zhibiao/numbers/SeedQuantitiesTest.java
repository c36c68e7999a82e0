package io.github.zhibiao.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link Quantities#scan(CharSequence)} against the hand-made gold annotations of the five seed texts
 * ({@code seeds/gold/*.quantities.tsv}, one row per quantity mention).
 *
 * <p>Recall: every gold row must be matched by a scanned mention that overlaps its span and states exactly the
 * gold value (or range), unit, classifier, qualifier, direction and basis. Rows marked {@code optional} are
 * debatable cases: the scanner need not report them (the test is then reported as skipped, with the reason),
 * but when it does, the value and unit must be right (other differences are printed as notes).
 *
 * <p>Precision: per seed file, scanned mentions that overlap no gold row are printed, and the file fails when
 * more than 3% of its scanned mentions are spurious.
 */
class SeedQuantitiesTest {
    private static final String[] HEADER = {"start", "end", "text", "value", "low", "high", "unit", "classifier",
        "qualifier", "direction", "basis", "optional"};
    private static final double MAX_SPURIOUS_SHARE = 0.03;

    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, List<GoldRow>> GOLD = new ConcurrentHashMap<>();
    private static final Map<String, List<QuantityMention>> SCANS = new ConcurrentHashMap<>();

    /** One annotated mention. Empty cells are nulls; an empty qualifier means {@link Qualifier#EXACT}. */
    record GoldRow(String file, int line, int start, int end, String text, BigDecimal value, BigDecimal low,
            BigDecimal high, Unit unit, String classifier, Qualifier qualifier, Direction direction, Basis basis,
            boolean optional) {

        boolean isRange() {
            return value == null;
        }

        boolean overlaps(QuantityMention m) {
            return m.start() < end && start < m.end();
        }

        String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append(isRange() ? low.toPlainString() + "-" + high.toPlainString() : value.toPlainString());
            sb.append(' ').append(unit);
            if (classifier != null) {
                sb.append('(').append(classifier).append(')');
            }
            if (qualifier != Qualifier.EXACT) {
                sb.append(' ').append(qualifier.name().toLowerCase(Locale.ROOT));
            }
            if (direction != null) {
                sb.append(" [").append(direction.name().toLowerCase(Locale.ROOT));
                if (basis != null) {
                    sb.append(' ').append(basis.name().toLowerCase(Locale.ROOT));
                }
                sb.append(']');
            }
            return sb.toString();
        }

        @Override
        public String toString() {
            return shortName(file) + " \"" + text + "\" @[" + start + "," + end + ")" + (optional ? " (optional)"
                    : "");
        }
    }

    // ---------------------------------------------------------------- locating and reading the seeds

    /** The project's {@code seeds} directory, found by walking up from the working directory. */
    static Path seedsDir() {
        Path dir = Paths.get("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("seeds").resolve("README.md"))) {
                return p.resolve("seeds");
            }
        }
        throw new IllegalStateException("no directory holding seeds/README.md above " + dir);
    }

    /** Base names ({@code 000_3acc632bb55c3966}) of the seed texts, sorted. */
    static List<String> seedFiles() {
        try (Stream<Path> files = Files.list(seedsDir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length()))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String file) {
        return TEXTS.computeIfAbsent(file, f -> read(seedsDir().resolve(f + ".txt")));
    }

    static List<QuantityMention> scan(String file) {
        return SCANS.computeIfAbsent(file, f -> List.copyOf(Quantities.scan(text(f))));
    }

    static Path goldPath(String file) {
        return seedsDir().resolve("gold").resolve(file + ".quantities.tsv");
    }

    static List<GoldRow> gold(String file) {
        return GOLD.computeIfAbsent(file, SeedQuantitiesTest::readGold);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GoldRow> readGold(String file) {
        String tsv = read(goldPath(file));
        List<String> lines = tsv.lines().collect(Collectors.toList());
        if (lines.isEmpty() || !lines.get(0).equals(String.join("\t", HEADER))) {
            throw new IllegalStateException(goldPath(file) + ": bad header");
        }
        List<GoldRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != HEADER.length) {
                throw new IllegalStateException(goldPath(file) + ":" + (i + 1) + ": expected " + HEADER.length
                        + " cells, found " + c.length);
            }
            try {
                rows.add(new GoldRow(file, i + 1, Integer.parseInt(c[0]), Integer.parseInt(c[1]), c[2],
                        decimal(c[3]), decimal(c[4]), decimal(c[5]), Unit.valueOf(c[6]), emptyToNull(c[7]),
                        c[8].isEmpty() ? Qualifier.EXACT : Qualifier.valueOf(c[8].toUpperCase(Locale.ROOT)),
                        c[9].isEmpty() ? null : Direction.valueOf(c[9].toUpperCase(Locale.ROOT)), basis(c[10]),
                        parseOptional(c[11])));
            } catch (RuntimeException e) {
                throw new IllegalStateException(goldPath(file) + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rows);
    }

    private static BigDecimal decimal(String s) {
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static Basis basis(String s) {
        switch (s) {
            case "":
                return null;
            case "yoy":
                return Basis.YEAR_ON_YEAR;
            case "mom":
                return Basis.MONTH_ON_MONTH;
            case "annual_average":
                return Basis.ANNUAL_AVERAGE;
            default:
                throw new IllegalArgumentException("unknown basis " + s);
        }
    }

    private static boolean parseOptional(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (s.equals("y")) {
            return true;
        }
        throw new IllegalArgumentException("optional must be empty or y, not " + s);
    }

    private static String shortName(String file) {
        return file.substring(0, Math.min(3, file.length()));
    }

    // ---------------------------------------------------------------- matching

    /** Every difference between a scanned mention and a gold row, or an empty list when they agree. */
    static List<String> differences(GoldRow g, QuantityMention m) {
        List<String> d = new ArrayList<>();
        Quantity q = m.quantity();
        if (g.isRange()) {
            if (!q.isRange()) {
                d.add("expected range " + g.low().toPlainString() + "-" + g.high().toPlainString() + " but was "
                        + q.low().toPlainString());
            } else {
                if (q.low().compareTo(g.low()) != 0) {
                    d.add("low " + q.low().toPlainString() + " != " + g.low().toPlainString());
                }
                if (q.high().compareTo(g.high()) != 0) {
                    d.add("high " + q.high().toPlainString() + " != " + g.high().toPlainString());
                }
            }
        } else if (q.isRange()) {
            d.add("expected " + g.value().toPlainString() + " but was range " + q.low().toPlainString() + "-"
                    + q.high().toPlainString());
        } else if (q.value().compareTo(g.value()) != 0) {
            d.add("value " + q.value().toPlainString() + " != " + g.value().toPlainString());
        }
        if (q.unit() != g.unit()) {
            d.add("unit " + q.unit() + " != " + g.unit());
        }
        d.addAll(detailDifferences(g, m));
        return d;
    }

    /** Differences in classifier, qualifier, direction and basis (not value and unit). */
    static List<String> detailDifferences(GoldRow g, QuantityMention m) {
        List<String> d = new ArrayList<>();
        Quantity q = m.quantity();
        if (!q.classifier().equals(Optional.ofNullable(g.classifier()))) {
            d.add("classifier " + q.classifier().orElse("none") + " != " + Optional.ofNullable(g.classifier())
                    .orElse("none"));
        }
        if (q.qualifier() != g.qualifier()) {
            d.add("qualifier " + q.qualifier() + " != " + g.qualifier());
        }
        Optional<Direction> direction = q.change().map(Change::direction);
        if (!direction.equals(Optional.ofNullable(g.direction()))) {
            d.add("direction " + direction.map(Enum::name).orElse("none") + " != "
                    + (g.direction() == null ? "none" : g.direction().name()));
        } else if (g.direction() != null) {
            Optional<Basis> b = q.change().flatMap(Change::basis);
            if (!b.equals(Optional.ofNullable(g.basis()))) {
                d.add("basis " + b.map(Enum::name).orElse("none") + " != "
                        + (g.basis() == null ? "none" : g.basis().name()));
            }
        }
        return d;
    }

    /**
     * The scanned mention that best answers a gold row: among those overlapping its span, one that agrees in
     * everything, else one with the same span, else the one overlapping most.
     */
    static Optional<QuantityMention> bestMatch(GoldRow g, List<QuantityMention> scanned) {
        List<QuantityMention> overlapping = scanned.stream().filter(g::overlaps).collect(Collectors.toList());
        if (overlapping.isEmpty()) {
            return Optional.empty();
        }
        Comparator<QuantityMention> order = Comparator
                .comparing((QuantityMention m) -> differences(g, m).isEmpty() ? 0 : 1)
                .thenComparing(m -> m.start() == g.start() && m.end() == g.end() ? 0 : 1)
                .thenComparing(m -> -(Math.min(m.end(), g.end()) - Math.max(m.start(), g.start())));
        return overlapping.stream().min(order);
    }

    // ---------------------------------------------------------------- tests

    static Stream<Arguments> goldRows() {
        return seedFiles().stream()
                .flatMap(f -> gold(f).stream())
                .filter(g -> !g.optional())
                .map(g -> Arguments.of(Named.of(g.toString(), g)));
    }

    static Stream<Arguments> seeds() {
        return seedFiles().stream().map(f -> Arguments.of(Named.of(f, f)));
    }

    @Test
    void goldFilesAreConsistentWithTheSeeds() {
        List<String> files = seedFiles();
        assertThat(files).as("seed texts").hasSize(5);
        SoftAssertions soft = new SoftAssertions();
        for (String file : files) {
            String text = text(file);
            soft.assertThat(Files.isRegularFile(goldPath(file))).as("gold file for %s", file).isTrue();
            if (!Files.isRegularFile(goldPath(file))) {
                continue;
            }
            soft.assertThat(text.codePoints().anyMatch(Character::isSupplementaryCodePoint))
                    .as("%s holds only BMP characters, so code point and UTF-16 offsets agree", file).isFalse();
            int previousEnd = 0;
            for (GoldRow g : gold(file)) {
                String where = goldPath(file).getFileName() + ":" + g.line();
                soft.assertThat(g.start() >= 0 && g.end() <= text.length() && g.start() < g.end())
                        .as("%s span in range", where).isTrue();
                if (g.start() >= 0 && g.end() <= text.length() && g.start() < g.end()) {
                    soft.assertThat(text.substring(g.start(), g.end())).as("%s text at offsets", where)
                            .isEqualTo(g.text());
                }
                soft.assertThat(g.start()).as("%s starts after the previous row ends", where)
                        .isGreaterThanOrEqualTo(previousEnd);
                previousEnd = g.end();
                soft.assertThat(g.value() == null).as("%s has either a value or a low/high range", where)
                        .isEqualTo(g.low() != null && g.high() != null);
                if (g.value() == null && g.low() != null && g.high() != null) {
                    soft.assertThat(g.low()).as("%s range order", where).isLessThan(g.high());
                }
                soft.assertThat(g.classifier() == null || g.unit() == Unit.COUNT)
                        .as("%s classifier only for COUNT", where).isTrue();
                soft.assertThat(g.basis() == null || g.direction() != null)
                        .as("%s basis only with a direction", where).isTrue();
            }
        }
        try (Stream<Path> goldFiles = Files.list(seedsDir().resolve("gold"))) {
            List<String> orphans = goldFiles.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".quantities.tsv"))
                    .map(n -> n.substring(0, n.length() - ".quantities.tsv".length()))
                    .filter(n -> !files.contains(n))
                    .collect(Collectors.toList());
            soft.assertThat(orphans).as("gold files without a seed text").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldRows")
    void goldMentionIsFound(GoldRow g) {
        Optional<QuantityMention> match = bestMatch(g, scan(g.file()));
        if (match.isEmpty()) {
            fail("not found: %s, expected %s; scanned nearby: %s", g, g.describe(), nearby(g));
        }
        QuantityMention m = match.get();
        assertThat(differences(g, m)).as("%s scanned as %s (expected %s)", g, m, g.describe()).isEmpty();
    }

    /**
     * Debatable mentions (marked optional in the gold) need not be reported; when they are, their value and unit
     * must be right. Those not reported are listed.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void optionalMentionsAreRightWhenReported(String file) {
        List<QuantityMention> scanned = scan(file);
        SoftAssertions soft = new SoftAssertions();
        List<String> unreported = new ArrayList<>();
        for (GoldRow g : gold(file)) {
            if (!g.optional()) {
                continue;
            }
            Optional<QuantityMention> match = bestMatch(g, scanned);
            if (match.isEmpty()) {
                unreported.add(g.text());
                continue;
            }
            List<String> core = new ArrayList<>(differences(g, match.get()));
            core.removeAll(detailDifferences(g, match.get()));
            soft.assertThat(core).as("%s scanned as %s (expected %s)", g, match.get(), g.describe()).isEmpty();
        }
        System.out.println(file + ": optional mentions not reported: " + unreported);
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void scannedMentionsArePrecise(String file) {
        List<QuantityMention> scanned = scan(file);
        List<GoldRow> gold = gold(file);
        List<QuantityMention> spurious = scanned.stream()
                .filter(m -> gold.stream().noneMatch(g -> g.overlaps(m)))
                .collect(Collectors.toList());

        int required = 0;
        int requiredFound = 0;
        int requiredRight = 0;
        int optional = 0;
        int optionalFound = 0;
        List<String> spanDifferences = new ArrayList<>();
        for (GoldRow g : gold) {
            Optional<QuantityMention> match = bestMatch(g, scanned);
            if (g.optional()) {
                optional++;
                optionalFound += match.isPresent() ? 1 : 0;
            } else {
                required++;
                if (match.isPresent()) {
                    requiredFound++;
                    requiredRight += differences(g, match.get()).isEmpty() ? 1 : 0;
                }
            }
            match.filter(m -> m.start() != g.start() || m.end() != g.end())
                    .ifPresent(m -> spanDifferences.add("\"" + g.text() + "\" @[" + g.start() + "," + g.end()
                            + ") scanned as \"" + m.text() + "\" @[" + m.start() + "," + m.end() + ")"));
        }
        double share = scanned.isEmpty() ? 0 : (double) spurious.size() / scanned.size();
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT,
                "SEED %s: found %d/%d required (%d fully right), %d/%d optional; scanned %d, spurious %d (%.1f%%)%n",
                file, requiredFound, required, requiredRight, optionalFound, optional, scanned.size(),
                spurious.size(), share * 100));
        for (QuantityMention m : spurious) {
            report.append("  spurious: ").append(m).append('\n');
        }
        for (String s : spanDifferences) {
            report.append("  span differs: ").append(s).append('\n');
        }
        System.out.print(report);

        assertThat(share)
                .as("share of spurious mentions in %s (%d of %d): %s", file, spurious.size(), scanned.size(),
                        spurious)
                .isLessThanOrEqualTo(MAX_SPURIOUS_SHARE);
    }

    private static String nearby(GoldRow g) {
        List<QuantityMention> near = scan(g.file()).stream()
                .filter(m -> m.end() > g.start() - 20 && m.start() < g.end() + 20)
                .collect(Collectors.toList());
        return near.isEmpty() ? "none" : near.toString();
    }
}
