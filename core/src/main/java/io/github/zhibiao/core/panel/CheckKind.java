package io.github.zhibiao.core.panel;

/**
 * The consistency checks a {@link Panel} runs over its cells.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CheckKind {
    /**
     * A from/to pair against the growth stated with it: "由270亿元上升至356亿元，年均增长5.7%" over 2021–2025 implies
     * (356/270)^(1/5) − 1 = 5.69%, consistent within rounding.
     */
    FROM_TO_GROWTH,
    /**
     * One cell stated differently by two sources: the level of 2012 estimated as "预计完成84亿元" and stated as
     * "完成97.9亿元" a year later.
     */
    SAME_CELL,
    /**
     * A level series against the growth stated for its years: 303.6亿元 for 2016, 192.3亿元 for 2018 and "同比增长6.0%"
     * for 2018 cannot all hold (a revision of the level).
     */
    LEVEL_SERIES
}
