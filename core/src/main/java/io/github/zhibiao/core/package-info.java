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
 * <p>The front door is {@link io.github.zhibiao.core.ReportParser}. A report flows through three stages, each a
 * group of package-private classes:
 * <ol>
 *   <li><b>Text</b>: {@code Invisibles} (zero-width characters, converter-spaced digits; offsets mapped back),
 *       {@code TextNormalizer} (one char for one char: script, full-width forms, HTML residue, Chinese-numeral
 *       years), {@code ContextDetector} (date, region, kind from the header).</li>
 *   <li><b>Document</b>: {@code DocumentReader} (headings at every level, sections and their
 *       {@link io.github.zhibiao.core.TimeFrame}s; words in {@code headings.tsv}), {@code ReportYear} (the
 *       report's year from date, title, headings or file name, with warnings), {@code Gazetteer} (China's divisions
 *       and their codes, {@code divisions.tsv}).</li>
 *   <li><b>Sentence</b>: {@code Extractor} (lines, sentences, the section each is in), {@code Clauses},
 *       {@code PeriodScanner}, {@code Sentence}, {@code Linker}, {@code Roles}, {@code StatementMaker},
 *       {@code SubjectResolver}, {@code KindDecider}, {@code Ranks}, {@code Duplicates}: indicator names found with
 *       one Aho-Corasick automaton over the catalog, linked to the quantities of their clause, dated and told fact
 *       from target (word lists in {@code cues.tsv}, {@code connectors.txt}, {@code narrowers.txt},
 *       {@code regions.tsv}, {@code words.tsv}).</li>
 * </ol>
 * The <b>model</b> is public and immutable: {@link io.github.zhibiao.core.Report} with its
 * {@link io.github.zhibiao.core.Statement}s, {@link io.github.zhibiao.core.Section}s and
 * {@link io.github.zhibiao.core.ReportWarning}s, {@link io.github.zhibiao.core.Period},
 * {@link io.github.zhibiao.core.Indicator} from an {@link io.github.zhibiao.core.IndicatorCatalog} (resource
 * {@code indicators.tsv}) that each parser may extend, and {@link io.github.zhibiao.core.ReportContext}. Panels
 * across reports are in {@link io.github.zhibiao.core.panel}. Indicator aliases are found with one
 * double-array Aho-Corasick automaton (a copy of HanLP's, kept package-private); core depends on nothing
 * but {@code numbers} and the JDK.
 */
package io.github.zhibiao.core;
