package io.github.zhibiao.core.panel;

/**
 * Whether a target was attained: "地区生产总值增长7.5%" set for 2016 and "同比增长7.2%" stated for 2016 by the next
 * report is {@link #MISSED}; "增长6%左右" for 2018 and "同比增长6.0%" is {@link #MET}. The rule for each
 * qualifier is in {@link Attainment}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Verdict {
    /** The outcome reaches the target. */
    MET,
    /** The outcome falls short of the target. */
    MISSED,
    /** No outcome yet, or target and outcome state different things; {@link Attainment#reason()} says which. */
    NOT_COMPARABLE
}
