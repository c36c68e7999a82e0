package io.github.zhibiao.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The time a section of a report speaks of, read from its heading: "一、2025年工作回顾" reviews 2025, "二、“十五五”时期主要
 * 目标" plans 2026–2030, "三、2026年重点工作" plans 2026. A statement in the section takes the frame's period and kind
 * unless its own sentence names a period or a cue word (五年来, 年均, 到2030年, 预计, 力争 …).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimeFrame {
    /** Whether a section looks back or ahead. */
    public enum Kind {
        /** A review of what was achieved: its statements are facts. */
        REVIEW,
        /** A plan: its statements are targets. */
        PLAN,
        /** A heading that names neither (“三、深化改革开放”): the sentences decide. */
        NONE
    }

    private static final TimeFrame NONE = new TimeFrame(Kind.NONE, null);

    private final Kind kind;
    private final Period period;

    private TimeFrame(Kind kind, Period period) {
        this.kind = kind;
        this.period = period;
    }

    /**
     * Returns a frame.
     *
     * @param kind review, plan or none; not null
     * @param period the period the section speaks of, or null when the heading names none
     * @return the frame, never null
     * @throws NullPointerException if {@code kind} is null
     */
    public static TimeFrame of(Kind kind, Period period) {
        Objects.requireNonNull(kind, "kind");
        return kind == Kind.NONE && period == null ? NONE : new TimeFrame(kind, period);
    }

    /** @return the frame of a section whose heading says nothing of time, never null */
    public static TimeFrame none() {
        return NONE;
    }

    /** @return whether the section reviews or plans, never null */
    public Kind kind() {
        return kind;
    }

    /** @return the period the section speaks of (2025, 2026/2030), when its heading or its parent's names one */
    public Optional<Period> period() {
        return Optional.ofNullable(period);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeFrame && ((TimeFrame) o).kind == kind && Objects.equals(((TimeFrame) o).period, period);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Objects.hashCode(period);
    }

    /** @return e.g. "REVIEW 2025", "PLAN 2026/2030", "NONE" */
    @Override
    public String toString() {
        return period == null ? kind.name() : kind + " " + period;
    }
}
