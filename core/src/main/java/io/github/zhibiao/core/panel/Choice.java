package io.github.zhibiao.core.panel;

/**
 * Which figure a {@link Cell} reports when several reports state it. A fact takes the {@link #LATEST_REPORT}:
 * the 2013 report's "地区生产总值完成235.2亿元" replaces the estimate the 2012 report gave for 2012, as statistics are
 * revised and a later report knows more. A target takes the {@link #FIRST_REPORT}: the target as set for its
 * year ("主要预期目标：地区生产总值增长7.5%"), which later restatements do not move.
 *
 * <p>Reports are in order of their date; a report without a date counts as older than every dated one, and of
 * two reports with the same date (or none) the one added later counts as later. Inside one report, the first
 * statement in text order wins.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Choice {
    /** The figure of the latest report that states one: used for facts (outcomes). */
    LATEST_REPORT,
    /** The figure of the first report that states one: used for targets. */
    FIRST_REPORT
}
