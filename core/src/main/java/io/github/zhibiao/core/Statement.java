package io.github.zhibiao.core;

import io.github.zhibiao.numbers.Qualifier;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.QuantityMention;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator value stated in a report, as a fact or a target. From "2021年,平阴县规模以上工业营业收入350.19亿元,
 * 增长24%,增幅全市第一" the parser makes one fact: indicator {@code INDUSTRIAL_REVENUE_ABOVE_SCALE}, name
 * "规模以上工业营业收入", subject 平阴县, period 2021, value 350.19亿元, change 增长24%, rank 全市第一.
 *
 * <p>{@link #value()} is the level (350.19亿元; for "由270亿元上升至356亿元" the level reached, 356亿元) and
 * {@link #change()} the change (增长24%, 上升8.4个百分点, 年均增长5.7%). Either may be absent, not both, except for a
 * statement that only gives a rank. Offsets are UTF-16 indexes {@code [start, end)} in the text given to
 * {@link ReportParser#parse(CharSequence)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Statement {
    private final StatementKind kind;
    private final Indicator indicator;
    private final String name;
    private final String subject;
    private final Period period;
    private final QuantityMention valueMention;
    private final QuantityMention changeMention;
    private final Quantity value;
    private final Quantity change;
    private final String commitment;
    private final Rank rank;
    private final boolean estimated;
    private final int start;
    private final int end;
    private final String text;

    private Statement(Builder b) {
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.indicator = Objects.requireNonNull(b.indicator, "indicator");
        this.name = Objects.requireNonNull(b.name, "name");
        this.subject = b.subject;
        this.period = b.period;
        this.valueMention = b.value;
        this.changeMention = b.change;
        this.value = b.value == null ? null : b.value.quantity();
        this.change = b.change == null ? null : b.change.quantity();
        this.commitment = b.commitment;
        this.rank = b.rank;
        this.estimated = b.estimated;
        this.start = b.start;
        this.end = b.end;
        this.text = Objects.requireNonNull(b.text, "text");
    }

    /** This statement read from a cleaned copy of {@code original}, with its offsets and texts mapped back. */
    Statement remapped(Invisibles map, CharSequence original) {
        Builder b = new Builder();
        b.kind = kind;
        b.indicator = indicator;
        b.name = name;
        b.subject = subject;
        b.period = period;
        b.value = remapped(valueMention, map, original);
        b.change = remapped(changeMention, map, original);
        b.commitment = commitment;
        b.rank = rank;
        b.estimated = estimated;
        b.start = map.start(start);
        b.end = map.end(end);
        b.text = original.subSequence(b.start, b.end).toString();
        return b.build();
    }

    private static QuantityMention remapped(QuantityMention m, Invisibles map, CharSequence original) {
        if (m == null) {
            return null;
        }
        int s = map.start(m.start());
        int e = map.end(m.end());
        return QuantityMention.of(original.subSequence(s, e).toString(), s, e, m.quantity());
    }

    static Builder builder() {
        return new Builder();
    }

    /** Assembles a statement inside the package. */
    static final class Builder {
        StatementKind kind = StatementKind.FACT;
        Indicator indicator;
        String name;
        String subject;
        Period period;
        QuantityMention value;
        QuantityMention change;
        String commitment;
        Rank rank;
        boolean estimated;
        int start;
        int end;
        String text;

        Statement build() {
            return new Statement(this);
        }

        Builder copy() {
            Builder c = new Builder();
            c.kind = kind;
            c.indicator = indicator;
            c.name = name;
            c.subject = subject;
            c.period = period;
            c.value = value;
            c.change = change;
            c.commitment = commitment;
            c.rank = rank;
            c.estimated = estimated;
            c.start = start;
            c.end = end;
            c.text = text;
            return c;
        }
    }

    /** @return whether this is a fact or a target, never null */
    public StatementKind kind() {
        return kind;
    }

    /** @return true for a fact */
    public boolean isFact() {
        return kind == StatementKind.FACT;
    }

    /** @return true for a target */
    public boolean isTarget() {
        return kind == StatementKind.TARGET;
    }

    /** @return the indicator, never null; {@link Indicator#isOther()} for a phrase not in the catalog */
    public Indicator indicator() {
        return indicator;
    }

    /** @return shortcut for {@code indicator().code()}, such as "GDP" or "OTHER", never null */
    public String indicatorCode() {
        return indicator.code();
    }

    /** @return the indicator's name as written in the report ("规上工业增加值"), never null */
    public String name() {
        return name;
    }

    /** @return the region the value is about ("平阴县"; 全县 resolved to the report's region), when known */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** @return the period the value refers to (for a target, its horizon), when known */
    public Optional<Period> period() {
        return Optional.ofNullable(period);
    }

    /** @return the level: "356亿元" in "完成产值356亿元、增长3.3%"; empty when only a change is stated */
    public Optional<Quantity> value() {
        return Optional.ofNullable(value);
    }

    /** @return the change: "增长3.3%" in "完成产值356亿元、增长3.3%"; empty when only a level is stated */
    public Optional<Quantity> change() {
        return Optional.ofNullable(change);
    }

    /**
     * Returns where the level is written, with its exact text and offsets: "356亿元" at [14, 19).
     *
     * @return the mention of {@link #value()}, empty when only a change is stated
     */
    public Optional<QuantityMention> valueMention() {
        return Optional.ofNullable(valueMention);
    }

    /**
     * Returns where the change is written, with its exact text and offsets: "增长3.3%" at [20, 26).
     *
     * @return the mention of {@link #change()}, empty when only a level is stated
     */
    public Optional<QuantityMention> changeMention() {
        return Optional.ofNullable(changeMention);
    }

    /**
     * Returns how exact the stated value is: "增长5.2%左右" is {@link Qualifier#ABOUT}, "5%以上" is
     * {@link Qualifier#AT_LEAST}. Taken from the level when it is hedged, else from the change.
     *
     * @return the qualifier, never null
     */
    public Qualifier qualifier() {
        if (value != null && value.qualifier() != Qualifier.EXACT) {
            return value.qualifier();
        }
        if (change != null) {
            return change.qualifier();
        }
        return value != null ? value.qualifier() : Qualifier.EXACT;
    }

    /** @return the commitment word of a target as written ("力争", "确保", "预期目标"), when there is one */
    public Optional<String> commitment() {
        return Optional.ofNullable(commitment);
    }

    /** @return the rank stated with the value ("全市第一"), when there is one */
    public Optional<Rank> rank() {
        return Optional.ofNullable(rank);
    }

    /** @return true for a preliminary figure (预计实现地区生产总值391亿元, 初步核算) */
    public boolean isEstimated() {
        return estimated;
    }

    /** @return the UTF-16 offset where the statement's source text starts in the report */
    public int start() {
        return start;
    }

    /** @return the UTF-16 offset after the statement's source text in the report */
    public int end() {
        return end;
    }

    /** @return the source text {@code [start, end)} exactly as in the report, never null */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Statement)) {
            return false;
        }
        Statement s = (Statement) o;
        return kind == s.kind && indicator.equals(s.indicator) && name.equals(s.name)
                && Objects.equals(subject, s.subject) && Objects.equals(period, s.period)
                && Objects.equals(value, s.value) && Objects.equals(change, s.change)
                && Objects.equals(commitment, s.commitment) && Objects.equals(rank, s.rank)
                && estimated == s.estimated && start == s.start && end == s.end && text.equals(s.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, indicator.code(), name, subject, period, value, change, commitment, rank, start,
                end);
    }

    /** @return e.g. "FACT GDP(地区生产总值) 平阴县 2025: change=5.8 PERCENT [increase] @[323,329)" */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(kind).append(' ').append(indicator.code()).append('(').append(name).append(')');
        sb.append(' ').append(subject == null ? "?" : subject);
        sb.append(' ').append(period == null ? "?" : period.toIsoString()).append(':');
        if (value != null) {
            sb.append(" value=").append(value);
        }
        if (change != null) {
            sb.append(" change=").append(change);
        }
        if (rank != null) {
            sb.append(" rank=").append(rank);
        }
        if (commitment != null) {
            sb.append(" commitment=").append(commitment);
        }
        if (estimated) {
            sb.append(" estimated");
        }
        sb.append(" @[").append(start).append(',').append(end).append(')');
        return sb.toString();
    }
}
