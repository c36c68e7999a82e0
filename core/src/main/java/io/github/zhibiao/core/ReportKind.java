package io.github.zhibiao.core;

/**
 * What kind of document a report is, as detected from its text: "政 府 工 作 报 告 ——2026年1月27日在平阴县第十九届
 * 人民代表大会第六次会议上" is a {@link #WORK_REPORT}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReportKind {
    /** 政府工作报告: reviews the past year (and plan period) and sets this year's targets. */
    WORK_REPORT,
    /** 统计公报: the statistical communiqué on the national economy and social development. */
    STATISTICAL_COMMUNIQUE,
    /** A news article or government web page (来源, 记者, 发布时间 …). */
    NEWS,
    /** Not recognised. */
    UNKNOWN
}
