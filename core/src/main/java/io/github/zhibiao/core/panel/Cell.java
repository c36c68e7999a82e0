package io.github.zhibiao.core.panel;

import io.github.zhibiao.core.StatementKind;
import io.github.zhibiao.numbers.Qualifier;
import io.github.zhibiao.numbers.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One cell of a {@link Panel}: what the reports state for one region, indicator, period and kind, with every
 * source. The cell {@code 海拉尔区 GDP 2016 FACT} holds "地区生产总值完成303.6亿元,同比增长7.2%" from the 2017 report:
 * {@link #value()} 30360000000 CNY, {@link #change()} 7.2 PERCENT.
 *
 * <p>The level and the change are chosen separately, each from the sources that state one, by {@link #choice()}:
 * the latest report for a fact, the first for a target (see {@link Choice}). Sources that state the same level or
 * change differently — a preliminary figure revised, a target restated — are kept and listed by
 * {@link #conflicts()}; figures are compared at the precision of the coarser one ("287.9亿元" and "288亿元" agree),
 * and figures in different units (增长6% and 增加15亿元) are not compared.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cell {
    private static final Comparator<Source> REPORT_ORDER = Comparator.comparingInt(Source::order)
            .thenComparingInt(Source::start);

    private final CellKey key;
    private final List<Source> sources;
    private final Source valueSource;
    private final Source changeSource;
    private final List<Source> conflicts;

    private Cell(CellKey key, List<Source> sources) {
        this.key = key;
        List<Source> sorted = new ArrayList<>(sources);
        sorted.sort(REPORT_ORDER);
        this.sources = List.copyOf(sorted);
        this.valueSource = pick(sorted, s -> s.statement().value().orElse(null));
        this.changeSource = pick(sorted, s -> s.statement().change().orElse(null));
        List<Source> differing = new ArrayList<>();
        for (Source s : sorted) {
            if (differs(s, valueSource, x -> x.statement().value().orElse(null))
                    || differs(s, changeSource, x -> x.statement().change().orElse(null))) {
                differing.add(s);
            }
        }
        this.conflicts = List.copyOf(differing);
    }

    /**
     * Builds a cell from its sources.
     *
     * @param key the key, not null
     * @param sources the sources, not empty
     */
    static Cell of(CellKey key, List<Source> sources) {
        Objects.requireNonNull(key, "key");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a cell needs a source: " + key);
        }
        return new Cell(key, sources);
    }

    private Source pick(List<Source> sorted, Function<Source, Quantity> figure) {
        Source chosen = null;
        for (Source s : sorted) {
            if (figure.apply(s) == null) {
                continue;
            }
            if (key.kind() == StatementKind.TARGET) {
                return s;
            }
            // Latest report, first statement in its text.
            if (chosen == null || s.order() > chosen.order()) {
                chosen = s;
            }
        }
        return chosen;
    }

    private static boolean differs(Source s, Source chosen, Function<Source, Quantity> figure) {
        if (chosen == null || s == chosen) {
            return false;
        }
        Quantity mine = figure.apply(s);
        return mine != null && Figures.differ(mine, figure.apply(chosen));
    }

    /** @return region, indicator, period and kind, never null */
    public CellKey key() {
        return key;
    }

    /** @return the reported level ("303.6亿元" as 30360000000 CNY), empty when no source states one */
    public Optional<Quantity> value() {
        return valueSource().flatMap(s -> s.statement().value());
    }

    /** @return the reported change ("增长7.2%" as 7.2 PERCENT, increase), empty when no source states one */
    public Optional<Quantity> change() {
        return changeSource().flatMap(s -> s.statement().change());
    }

    /** @return the source of {@link #value()}, empty when there is no level */
    public Optional<Source> valueSource() {
        return Optional.ofNullable(valueSource);
    }

    /** @return the source of {@link #change()}, empty when there is no change */
    public Optional<Source> changeSource() {
        return Optional.ofNullable(changeSource);
    }

    /**
     * Returns the source the cell is read from: that of the change when there is one (growth is what targets and
     * outcomes are mostly about), else that of the level.
     *
     * @return the source, never null
     */
    public Source primarySource() {
        return changeSource != null ? changeSource : valueSource != null ? valueSource : sources.get(0);
    }

    /**
     * Returns how exact the reported figures are: "增长6%左右" is {@link Qualifier#ABOUT}. The level's qualifier
     * when it is hedged, else the change's, as {@link io.github.zhibiao.core.Statement#qualifier()} does.
     *
     * @return the qualifier, never null
     */
    public Qualifier qualifier() {
        Optional<Quantity> v = value();
        if (v.isPresent() && v.get().qualifier() != Qualifier.EXACT) {
            return v.get().qualifier();
        }
        return change().map(Quantity::qualifier).orElse(v.map(Quantity::qualifier).orElse(Qualifier.EXACT));
    }

    /** @return the commitment word of the reported target ("确保", "力争", "主要预期目标"), when it has one */
    public Optional<String> commitment() {
        Optional<String> c = changeSource().flatMap(s -> s.statement().commitment());
        return c.isPresent() ? c : valueSource().flatMap(s -> s.statement().commitment());
    }

    /** @return true when a reported figure is preliminary (预计, 初步核算) */
    public boolean isEstimated() {
        return valueSource != null && valueSource.statement().isEstimated()
                || changeSource != null && changeSource.statement().isEstimated();
    }

    /** @return every source, in report order (see {@link Choice}), then text order; never empty */
    public List<Source> sources() {
        return sources;
    }

    /** @return {@link Choice#LATEST_REPORT} for a fact, {@link Choice#FIRST_REPORT} for a target */
    public Choice choice() {
        return key.kind() == StatementKind.TARGET ? Choice.FIRST_REPORT : Choice.LATEST_REPORT;
    }

    /** @return the sources whose level or change differs from the reported one; empty when all agree */
    public List<Source> conflicts() {
        return conflicts;
    }

    /** @return true when some source states the level or change differently from the reported one */
    public boolean isConflicting() {
        return !conflicts.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Cell)) {
            return false;
        }
        Cell c = (Cell) o;
        return key.equals(c.key) && sources.equals(c.sources);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + sources.hashCode();
    }

    /** @return e.g. "海拉尔区 GDP 2016 FACT: value=30360000000 CNY change=7.2 PERCENT [increase yoy] (1 source)" */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(key.toString()).append(':');
        value().ifPresent(v -> sb.append(" value=").append(v));
        change().ifPresent(c -> sb.append(" change=").append(c));
        sb.append(" (").append(sources.size()).append(sources.size() == 1 ? " source" : " sources");
        if (isConflicting()) {
            sb.append(", ").append(conflicts.size()).append(" conflicting");
        }
        return sb.append(')').toString();
    }
}
