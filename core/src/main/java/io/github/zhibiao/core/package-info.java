/**
 * Reads whole Chinese economic reports — government work reports, statistical communiqués, news articles — and
 * returns their headline indicators as facts and targets.
 *
 * <pre>{@code
 * Report report = ReportParser.create().parse(text);
 * for (Statement s : report.facts()) {
 *     // "全县地区生产总值增长5.8%" → GDP, 平阴县, 2025, change 5.8 PERCENT
 * }
 * }</pre>
 *
 * <p>The front door is {@link io.github.zhibiao.core.ReportParser}; results are {@link
 * io.github.zhibiao.core.Report} and {@link io.github.zhibiao.core.Statement}; indicators come from an {@link
 * io.github.zhibiao.core.IndicatorCatalog} (resource {@code indicators.tsv}) that each parser may extend. Quantities
 * are found by the {@code numbers} module; this package finds indicator names with one Aho-Corasick automaton
 * (from HanLP, whose global configuration and dictionaries are never touched), links them to the quantities of
 * their clause, resolves periods against the report date and tells facts from targets by cue words (resources
 * {@code cues.tsv}, {@code connectors.txt}, {@code regions.tsv}, {@code t2s-chars.txt}).
 */
package io.github.zhibiao.core;
