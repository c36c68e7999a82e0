package io.github.zhibiao.numbers;

/**
 * What a {@link Unit} measures, so that callers can check that an indicator's value has the expected kind
 * (地区生产总值 is {@link #CURRENCY}, 城镇化率 is {@link #RATIO}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Dimension {
    /** Money: 元, 美元, 港元 … */
    CURRENCY,
    /** Relative values: percent, permille, percentage points, multiples. */
    RATIO,
    /** 亩, 平方米, 平方公里, 公顷. */
    AREA,
    /** 米, 公里. */
    LENGTH,
    /** 吨, 公斤, 斤, 两. */
    MASS,
    /** 立方米. */
    VOLUME,
    /** 千瓦时 (度), 吨标准煤, 焦耳, 千卡. */
    ENERGY,
    /** 千瓦, 兆瓦. */
    POWER,
    /** Mass per volume: 微克/立方米. */
    CONCENTRATION,
    /** 赫兹. */
    FREQUENCY,
    /** 比特, 字节. */
    INFORMATION,
    /** People, households, person-times and counted things with a classifier (家, 个, 项 …). */
    COUNT,
    /** Durations: 天. */
    TIME,
    /** A bare number with no unit. */
    NONE
}
