/**
 * Panels: many reports joined into one table of region × indicator × period × kind, with every figure's sources,
 * each target judged against the outcome a later report states, and consistency checks.
 *
 * <pre>{@code
 * Panel panel = Panel.builder().add("2016.txt", report2016).add("2017.txt", report2017).build();
 * // 海拉尔区 GDP 2016 TARGET "地区生产总值增长7.5%" against FACT "同比增长7.2%": MISSED, gap -0.3 points
 * panel.attainments();
 * }</pre>
 *
 * <p>The front door is {@link io.github.zhibiao.core.panel.Panel}; its results are
 * {@link io.github.zhibiao.core.panel.Cell}, {@link io.github.zhibiao.core.panel.Attainment} and
 * {@link io.github.zhibiao.core.panel.Check}, all immutable and thread-safe. The panel only joins what
 * {@link io.github.zhibiao.core.ReportParser} extracted; it reads no report text itself, apart from the years
 * written in a from/to sentence and the cue words of real growth (resource {@code real-growth-cues.txt}). Which
 * indicators are better lower, and which grow in real terms, is in the resource {@code indicator-traits.tsv}.
 */
package io.github.zhibiao.core.panel;
