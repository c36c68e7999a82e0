package io.github.zhibiao.numbers;

/**
 * Which way a stated change goes: 增长 is {@link #INCREASE}, 下降 is {@link #DECREASE}, 持平 is {@link #FLAT}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Direction {
    /** 增长, 增加, 上升, 提高, 提升, 扩大. */
    INCREASE,
    /** 下降, 减少, 降低, 回落, 下滑, 压减. */
    DECREASE,
    /** 持平. */
    FLAT
}
