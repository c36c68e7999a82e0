package io.github.zhibiao.core.panel;

/**
 * What a comparison compares: the {@link #CHANGE} ("增长7.5%") or the {@link #LEVEL} ("达到309亿元").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Measure {
    /** The level: a stock or flow in its unit (309亿元, a rate such as 城镇登记失业率3.9%). */
    LEVEL,
    /** The change: growth in percent, percentage points or an amount (增长7.5%, 下降3%). */
    CHANGE
}
