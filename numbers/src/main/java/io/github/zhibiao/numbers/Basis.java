package io.github.zhibiao.numbers;

/**
 * What a change is measured against, when the text says so: 同比 and 比上年 are {@link #YEAR_ON_YEAR},
 * 环比 is {@link #MONTH_ON_MONTH}, 年均 is {@link #ANNUAL_AVERAGE}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Basis {
    /** 同比, 比上年, 较上年. Printed as {@code yoy}. */
    YEAR_ON_YEAR,
    /** 环比. Printed as {@code mom}. */
    MONTH_ON_MONTH,
    /** 年均. Printed as {@code annual_average}. */
    ANNUAL_AVERAGE
}
