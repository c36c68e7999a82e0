package io.github.zhibiao.core.panel;

import io.github.zhibiao.core.Period;
import io.github.zhibiao.core.StatementKind;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a figure belongs in a panel: region, indicator code, period and kind. The 2016 GDP target of 海拉尔区
 * ("地区生产总值增长7.5%，达到309亿元") is {@code CellKey.of("海拉尔区", "GDP", Period.year(2016),
 * StatementKind.TARGET)}; the outcome the 2017 report states for that year has the same key with
 * {@link StatementKind#FACT}.
 *
 * <p>Keys sort by region, indicator, period (start, then end) and kind (fact before target).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CellKey implements Comparable<CellKey> {
    private static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::region)
            .thenComparing(CellKey::indicator).thenComparing(CellKey::period).thenComparing(CellKey::kind);

    private final String region;
    private final String indicator;
    private final Period period;
    private final StatementKind kind;

    private CellKey(String region, String indicator, Period period, StatementKind kind) {
        this.region = Objects.requireNonNull(region, "region");
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        this.period = Objects.requireNonNull(period, "period");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (region.isBlank()) {
            throw new IllegalArgumentException("region must not be blank: \"" + region + "\"");
        }
        if (indicator.isBlank()) {
            throw new IllegalArgumentException("indicator code must not be blank: \"" + indicator + "\"");
        }
    }

    /**
     * Creates a key.
     *
     * @param region the region, such as "海拉尔区", not null, not blank
     * @param indicator the indicator code, such as "GDP", not null, not blank
     * @param period the period, not null
     * @param kind fact (outcome) or target, not null
     * @return the key, never null
     * @throws IllegalArgumentException if {@code region} or {@code indicator} is blank
     */
    public static CellKey of(String region, String indicator, Period period, StatementKind kind) {
        return new CellKey(region, indicator, period, kind);
    }

    /** @return the region, such as "海拉尔区", never null */
    public String region() {
        return region;
    }

    /** @return the indicator code, such as "GDP", never null */
    public String indicator() {
        return indicator;
    }

    /** @return the period, never null */
    public Period period() {
        return period;
    }

    /** @return fact (an outcome) or target, never null */
    public StatementKind kind() {
        return kind;
    }

    /**
     * Returns the same key with another kind: the outcome cell of a target cell is {@code withKind(FACT)}.
     *
     * @param newKind the kind, not null
     * @return the key, never null
     */
    public CellKey withKind(StatementKind newKind) {
        return new CellKey(region, indicator, period, newKind);
    }

    @Override
    public int compareTo(CellKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CellKey)) {
            return false;
        }
        CellKey k = (CellKey) o;
        return region.equals(k.region) && indicator.equals(k.indicator) && period.equals(k.period) && kind == k.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, indicator, period, kind);
    }

    /** @return e.g. "海拉尔区 GDP 2016 TARGET" */
    @Override
    public String toString() {
        return region + " " + indicator + " " + period.toIsoString() + " " + kind;
    }
}
