package io.github.zhibiao.core;

/**
 * Whether a statement reports what was achieved or what is planned: "全县地区生产总值增长5.8%" in a review is a
 * {@link #FACT}; "主要预期目标是：全县地区生产总值增长5.2%左右" is a {@link #TARGET}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StatementKind {
    /** An outcome stated for a period that is over (including preliminary figures: 预计, 初步核算). */
    FACT,
    /** A plan, goal or commitment (预期目标, 力争, 确保, 到2025年 …). */
    TARGET
}
