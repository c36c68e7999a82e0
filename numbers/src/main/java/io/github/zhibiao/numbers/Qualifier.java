package io.github.zhibiao.numbers;

/**
 * How exact a stated quantity is: "5.2%左右" is {@link #ABOUT}, "2000多人" is {@link #MORE_THAN}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Qualifier {
    /** No hedge word: the number is stated as exact. */
    EXACT,
    /** 约, 大约, 左右, 上下, 前后. */
    ABOUT,
    /** 以上, 不低于, 不少于, 至少. */
    AT_LEAST,
    /** 超过, 超, 逾, 突破, 多, 余. */
    MORE_THAN,
    /** 近, 接近, 将近. */
    NEARLY,
    /** 以下, 以内, 不超过, 不高于. */
    AT_MOST
}
