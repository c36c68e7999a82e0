package io.github.zhibiao.core.panel;

import io.github.zhibiao.core.Period;
import io.github.zhibiao.core.Report;
import io.github.zhibiao.core.ReportContext;
import io.github.zhibiao.core.Statement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Many reports joined into one table: region × indicator × period × kind. From the 2016 and 2017 work reports of
 * 海拉尔区 a panel puts "地区生产总值增长7.5%，达到309亿元" into the cell {@code 海拉尔区 GDP 2016 TARGET} and
 * "地区生产总值完成303.6亿元,同比增长7.2%" into {@code 海拉尔区 GDP 2016 FACT}, and judges the target
 * {@link Verdict#MISSED} by 0.3 percentage points.
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.create();
 * Panel panel = Panel.builder()
 *         .add("2016.txt", parser.parse(text2016))
 *         .add("2017.txt", parser.parse(text2017))
 *         .build();
 * panel.cell(CellKey.of("海拉尔区", "GDP", Period.year(2016), StatementKind.FACT)).flatMap(Cell::change);
 * for (Attainment a : panel.attainments()) { ... }      // each target with its outcome and verdict
 * for (Check c : panel.inconsistencies()) { ... }       // checks that failed, with their sources
 * }</pre>
 *
 * <p>A statement goes into the cell of its subject (the report's region when it names none), its indicator, its
 * period and its kind. Statements without a period or a region, and those of no catalog indicator
 * ({@code OTHER}), have no cell; {@link #unplaced()} lists them. Which figure a cell reports when reports disagree
 * is said by {@link Choice}; how targets are judged by {@link Attainment}; the checks by {@link CheckKind}.
 *
 * <p>This class is immutable and thread-safe. Its {@link Builder} is not thread-safe.
 */
public final class Panel {
    private final Map<CellKey, Cell> cells;
    private final List<Attainment> attainments;
    private final Map<CellKey, Attainment> attainmentsByKey;
    private final List<Check> checks;
    private final List<Source> unplaced;
    private final int reports;

    private Panel(Map<CellKey, Cell> cells, List<Source> unplaced, int reports, IndicatorTraits traits,
            PriceRange prices) {
        this.cells = Collections.unmodifiableMap(cells);
        this.unplaced = List.copyOf(unplaced);
        this.reports = reports;
        this.attainments = List.copyOf(Attainments.of(cells, traits));
        Map<CellKey, Attainment> byKey = new HashMap<>();
        for (Attainment a : attainments) {
            byKey.put(a.target().key(), a);
        }
        this.attainmentsByKey = Map.copyOf(byKey);
        this.checks = List.copyOf(Checks.of(cells, traits, prices));
    }

    /**
     * Starts a panel, to be fed report by report.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a panel with the default settings from reports keyed by their source id (a file name or URL), in the
     * map's iteration order: {@code Panel.of(Map.of("2016.txt", report2016, "2017.txt", report2017))}.
     *
     * @param reports the reports by id, not null, no null keys or values
     * @return the panel, never null
     * @throws IllegalArgumentException if an id is blank
     */
    public static Panel of(Map<String, Report> reports) {
        Objects.requireNonNull(reports, "reports");
        Builder b = builder();
        reports.forEach(b::add);
        return b.build();
    }

    /** @return every cell in key order (region, indicator, period, kind); never null */
    public List<Cell> cells() {
        return List.copyOf(cells.values());
    }

    /**
     * Looks up one cell.
     *
     * @param key the key, not null
     * @return the cell, empty when no report states anything for it
     */
    public Optional<Cell> cell(CellKey key) {
        return Optional.ofNullable(cells.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Returns the cells of one region and indicator, facts and targets, in period order: the series the
     * {@code panel --wide} command prints as one row.
     *
     * @param region the region, such as "海拉尔区", not null
     * @param indicator the indicator code, such as "GDP", not null
     * @return the cells, never null, empty when there are none
     */
    public List<Cell> cells(String region, String indicator) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(indicator, "indicator");
        return cells.values().stream()
                .filter(c -> c.key().region().equals(region) && c.key().indicator().equals(indicator))
                .collect(Collectors.toUnmodifiableList());
    }

    /** @return the regions in the panel, sorted; never null */
    public List<String> regions() {
        return cells.keySet().stream().map(CellKey::region).distinct().sorted()
                .collect(Collectors.toUnmodifiableList());
    }

    /** @return one attainment per target cell, in key order; never null */
    public List<Attainment> attainments() {
        return attainments;
    }

    /**
     * Looks up the attainment of one target cell.
     *
     * @param targetKey the key of a target cell, not null
     * @return the attainment, empty when there is no such target cell
     */
    public Optional<Attainment> attainment(CellKey targetKey) {
        return Optional.ofNullable(attainmentsByKey.get(Objects.requireNonNull(targetKey, "targetKey")));
    }

    /** @return every check that could be run, consistent or not; never null */
    public List<Check> checks() {
        return checks;
    }

    /** @return the checks that failed: data revisions or extraction errors to look at; never null */
    public List<Check> inconsistencies() {
        return checks.stream().filter(c -> !c.isConsistent()).collect(Collectors.toUnmodifiableList());
    }

    /** @return statements that have no cell (no period, no region, or indicator {@code OTHER}); never null */
    public List<Source> unplaced() {
        return unplaced;
    }

    /** @return how many reports were added */
    public int reportCount() {
        return reports;
    }

    /** @return e.g. "Panel[8 reports, 96 cells, 40 targets, 3 inconsistencies]" */
    @Override
    public String toString() {
        return "Panel[" + reports + " reports, " + cells.size() + " cells, " + attainments.size() + " targets, "
                + inconsistencies().size() + " inconsistencies]";
    }

    /**
     * Collects reports one by one and builds an immutable {@link Panel}.
     *
     * <p>Instances are mutable and not thread-safe; build once all reports are added.
     */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final List<Report> added = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private IndicatorTraits traits = IndicatorTraits.defaults();
        private PriceRange prices = PriceRange.DEFAULT;

        private Builder() {
        }

        /**
         * Adds a report under the id its sources will carry.
         *
         * @param id the source id, such as the file name "hailaer/2017.txt", not null, not blank, not added before
         * @param report the report, not null
         * @return this builder, never null
         * @throws IllegalArgumentException if {@code id} is blank or was added before
         */
        public Builder add(String id, Report report) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(report, "report");
            if (id.isBlank()) {
                throw new IllegalArgumentException("source id must not be blank: \"" + id + "\"");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("source id added twice: \"" + id + "\"");
            }
            ids.add(id);
            added.add(report);
            return this;
        }

        /**
         * Counts a lower figure of the indicator as the better one, as for the defaults CPI, URBAN_UNEMPLOYMENT_RATE
         * and ENERGY_INTENSITY: a target without qualifier is then a ceiling.
         *
         * @param indicatorCode the code, such as "WATER_INTENSITY", not null
         * @return this builder, never null
         */
        public Builder lowerIsBetter(String indicatorCode) {
            traits = traits.withLowerIsBetter(Objects.requireNonNull(indicatorCode, "indicatorCode"));
            return this;
        }

        /**
         * Reads the indicator's growth as real (at comparable prices) against nominal levels, as for the default GDP
         * and 规模以上工业增加值: checks then allow the price change between them.
         *
         * @param indicatorCode the code, not null
         * @return this builder, never null
         */
        public Builder realGrowth(String indicatorCode) {
            traits = traits.withRealGrowth(Objects.requireNonNull(indicatorCode, "indicatorCode"));
            return this;
        }

        /**
         * Sets how far prices may have moved, in percent a year, between a real growth and the change of nominal
         * levels before a check fails: nominal growth = real growth + price change, the price change between
         * {@code lowest} and {@code highest}. Unless set, −10 to 25 (China's GDP deflator rose by about 20% in 1994).
         *
         * @param lowest the lowest price change, such as -10, not null
         * @param highest the highest price change, such as 25, not null, not below {@code lowest}
         * @return this builder, never null
         * @throws IllegalArgumentException if {@code highest} is below {@code lowest}
         */
        public Builder priceChange(BigDecimal lowest, BigDecimal highest) {
            prices = new PriceRange(lowest, highest);
            return this;
        }

        /**
         * Joins the reports added so far into a panel. The builder may go on to build more.
         *
         * @return the panel, never null
         */
        public Panel build() {
            Integer[] byOrder = new Integer[added.size()];
            for (int i = 0; i < byOrder.length; i++) {
                byOrder[i] = i;
            }
            // Report order: by date, undated first; equal dates in the order added.
            java.util.Arrays.sort(byOrder, Comparator.comparing(
                    (Integer i) -> added.get(i).context().date().orElse(LocalDate.MIN)).thenComparing(i -> i));
            Map<CellKey, List<Source>> grouped = new LinkedHashMap<>();
            List<Source> unplaced = new ArrayList<>();
            for (int order = 0; order < byOrder.length; order++) {
                int i = byOrder[order];
                Report report = added.get(i);
                ReportContext context = report.context();
                for (Statement s : report.statements()) {
                    Source source = Source.of(ids.get(i), context, s, order);
                    Optional<String> region = s.subject().or(context::region);
                    Optional<Period> period = s.period();
                    if (region.isEmpty() || region.get().isBlank() || period.isEmpty() || s.indicator().isOther()
                            || s.value().isEmpty() && s.change().isEmpty()) {
                        unplaced.add(source);
                        continue;
                    }
                    CellKey key = CellKey.of(region.get(), s.indicatorCode(), period.get(), s.kind());
                    grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(source);
                }
            }
            TreeMap<CellKey, Cell> cells = new TreeMap<>();
            grouped.forEach((k, v) -> cells.put(k, Cell.of(k, v)));
            return new Panel(cells, unplaced, added.size(), traits, prices);
        }
    }
}
