package io.github.zhibiao.numbers;

import java.util.Objects;
import java.util.Optional;

/**
 * A change stated around a quantity. In "增长24%" the quantity (24 {@link Unit#PERCENT}) is the size of the
 * change ({@link #isToLevel()} is false). In "由270亿元上升至356亿元" the quantity 356亿元 is the new level
 * reached ({@link #isToLevel()} is true) and {@link #from()} holds 270亿元.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Change {
    private final Direction direction;
    private final Basis basis;
    private final boolean toLevel;
    private final Quantity from;

    private Change(Direction direction, Basis basis, boolean toLevel, Quantity from) {
        this.direction = Objects.requireNonNull(direction, "direction");
        this.basis = basis;
        this.toLevel = toLevel;
        this.from = from;
    }

    /**
     * A change by an amount, rate or multiple: "同比增长24%" is {@code of(INCREASE, YEAR_ON_YEAR)}.
     *
     * @param direction the direction, not null
     * @param basis the basis, or null when the text states none
     * @return the change, never null
     */
    public static Change of(Direction direction, Basis basis) {
        Objects.requireNonNull(direction, "direction");
        return SIMPLE[direction.ordinal()][basis == null ? 0 : basis.ordinal() + 1];
    }

    /** The few changes without a from-level, shared: they are immutable. */
    private static final Change[][] SIMPLE = new Change[Direction.values().length][Basis.values().length + 1];

    static {
        for (Direction d : Direction.values()) {
            SIMPLE[d.ordinal()][0] = new Change(d, null, false, null);
            for (Basis b : Basis.values()) {
                SIMPLE[d.ordinal()][b.ordinal() + 1] = new Change(d, b, false, null);
            }
        }
    }

    /**
     * A change to a new level, optionally from a stated earlier level: "由270亿元上升至356亿元".
     *
     * @param direction the direction, not null
     * @param basis the basis, or null when the text states none
     * @param from the earlier level, or null when the text states none
     * @return the change, never null
     */
    public static Change toLevel(Direction direction, Basis basis, Quantity from) {
        return new Change(direction, basis, true, from);
    }

    /** @return the direction, never null */
    public Direction direction() {
        return direction;
    }

    /** @return the basis (同比, 环比, 年均) when the text states one */
    public Optional<Basis> basis() {
        return Optional.ofNullable(basis);
    }

    /** @return true when the quantity is the level reached (上升至…), false when it is the size of the change */
    public boolean isToLevel() {
        return toLevel;
    }

    /** @return the earlier level of a from/to pair (由…上升至…), when stated */
    public Optional<Quantity> from() {
        return Optional.ofNullable(from);
    }

    /**
     * Returns a copy with the given basis.
     *
     * @param newBasis the basis, or null for none
     * @return the changed copy, never null
     */
    public Change withBasis(Basis newBasis) {
        return toLevel ? new Change(direction, newBasis, true, from) : of(direction, newBasis);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Change)) {
            return false;
        }
        Change other = (Change) o;
        return direction == other.direction && basis == other.basis && toLevel == other.toLevel
                && Objects.equals(from, other.from);
    }

    @Override
    public int hashCode() {
        return Objects.hash(direction, basis, toLevel, from);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(direction.name().toLowerCase(java.util.Locale.ROOT));
        if (basis != null) {
            sb.append(' ').append(basis.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (toLevel) {
            sb.append(" to");
        }
        if (from != null) {
            sb.append(" from ").append(from);
        }
        return sb.toString();
    }
}
