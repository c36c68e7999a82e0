package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.Period;
import io.github.zhibiao.core.StatementKind;
import io.github.zhibiao.core.panel.Attainment;
import io.github.zhibiao.core.panel.Cell;
import io.github.zhibiao.core.panel.Check;
import io.github.zhibiao.core.panel.Measure;
import io.github.zhibiao.core.panel.Panel;
import io.github.zhibiao.core.panel.Source;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.QuantityMention;
import io.github.zhibiao.numbers.Unit;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Prints a {@link Panel} for the {@code panel} command. Long rows, one per region, indicator and period, for
 * "地区生产总值增长7.5%" (2016 report) and "同比增长7.2%" (2017 report), as CSV:
 * <pre>
 * region,indicator,period,target_value,…,target_change,…,outcome_change,…,verdict,measure,gap,gap_unit,…
 * 海拉尔区,GDP,2016,30900000000,…,7.5,…,7.2,…,missed,change,-0.3,PERCENTAGE_POINT,…
 * </pre>
 * Changes print signed in CSV, table and wide rows (下降1.2% is -1.2); JSON prints quantity objects as
 * {@code extract} does.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class PanelPrinter {
    private PanelPrinter() {
    }

    /** One long row: the target and fact cells of one region, indicator and period. */
    record Row(String region, String indicator, Period period, Cell target, Cell fact, Attainment attainment,
            Set<String> failedChecks) {
        Optional<Cell> outcome() {
            if (attainment != null && attainment.outcome().isPresent()) {
                return attainment.outcome();
            }
            return Optional.ofNullable(fact);
        }

        boolean conflict() {
            return target != null && target.isConflicting() || fact != null && fact.isConflicting();
        }
    }

    static void print(Panel panel, PanelCommand.Options o, PrintStream out) {
        if (o.checks()) {
            printChecks(panel, o.format(), out);
        } else if (o.wide()) {
            printWide(panel, o.format(), out);
        } else {
            printLong(panel, o.format(), out);
        }
    }

    /** @return the long rows in key order */
    static List<Row> rows(Panel panel) {
        Map<String, Cell[]> byPlace = new LinkedHashMap<>();
        for (Cell c : panel.cells()) {
            String k = place(c.key().region(), c.key().indicator(), c.key().period());
            Cell[] pair = byPlace.computeIfAbsent(k, x -> new Cell[2]);
            pair[c.key().kind() == StatementKind.FACT ? 0 : 1] = c;
        }
        Map<Source, String> placeOf = new HashMap<>();
        for (Cell c : panel.cells()) {
            for (Source s : c.sources()) {
                placeOf.put(s, place(c.key().region(), c.key().indicator(), c.key().period()));
            }
        }
        Map<String, Set<String>> failed = new HashMap<>();
        for (Check c : panel.inconsistencies()) {
            for (Source s : c.sources()) {
                String p = placeOf.get(s);
                if (p != null) {
                    failed.computeIfAbsent(p, x -> new TreeSet<>()).add(c.kind().name().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        byPlace.forEach((k, pair) -> {
            Cell any = pair[0] != null ? pair[0] : pair[1];
            Attainment a = pair[1] == null ? null : panel.attainment(pair[1].key()).orElse(null);
            rows.add(new Row(any.key().region(), any.key().indicator(), any.key().period(), pair[1], pair[0], a,
                    failed.getOrDefault(k, Set.of())));
        });
        return rows;
    }

    private static String place(String region, String indicator, Period period) {
        return region + "\t" + indicator + "\t" + period.toIsoString();
    }

    // ---- long ---------------------------------------------------------------------------------------------

    static final List<String> LONG_CSV = List.of("region", "indicator", "period", "target_value",
            "target_value_unit", "target_change", "target_change_low", "target_change_high", "target_change_unit",
            "target_qualifier", "target_commitment", "target_file", "target_report_date", "target_text",
            "outcome_value", "outcome_value_unit", "outcome_change", "outcome_change_unit", "outcome_estimated",
            "outcome_file", "outcome_report_date", "outcome_text", "verdict", "measure", "gap", "gap_unit", "reason",
            "conflict", "checks", "sources");

    static final List<String> LONG_TABLE = List.of("region", "indicator", "period", "target", "outcome",
            "verdict", "gap", "flags", "sources");

    private static void printLong(Panel panel, OutputFormat format, PrintStream out) {
        List<Row> rows = rows(panel);
        switch (format) {
            case JSONL:
                StringBuilder line = new StringBuilder(1024);
                for (Row r : rows) {
                    line.setLength(0);
                    writeRow(new JsonWriter(line), r);
                    out.append(line).append('\n');
                }
                break;
            case CSV:
                out.append(CsvWriter.row(LONG_CSV));
                for (Row r : rows) {
                    out.append(CsvWriter.row(csvRow(r)));
                }
                break;
            case TABLE:
                TableFormatter t = new TableFormatter(LONG_TABLE);
                for (Row r : rows) {
                    t.addRow(tableRow(r));
                }
                out.append(t.format());
                break;
            default:
                throw new AssertionError(format);
        }
    }

    static void writeRow(JsonWriter w, Row r) {
        w.beginObject().field("region", r.region()).field("indicator", r.indicator())
                .field("period", r.period().toIsoString());
        w.name("target");
        writeCell(w, r.target());
        w.name("outcome");
        writeCell(w, r.outcome().orElse(null));
        Attainment a = r.attainment();
        w.field("verdict", a == null ? null : code(a.verdict()))
                .field("measure", a == null ? null : a.measure().map(PanelPrinter::code).orElse(null))
                .field("gap", a == null ? null : a.gap().map(BigDecimal::toPlainString).orElse(null))
                .field("gap_unit", a == null ? null : a.gapUnit().map(Unit::name).orElse(null))
                .field("reason", a == null ? null : a.reason().map(PanelPrinter::code).orElse(null))
                .field("conflict", r.conflict());
        w.name("checks").beginArray();
        for (String c : r.failedChecks()) {
            w.value(c);
        }
        w.endArray().endObject();
    }

    private static void writeCell(JsonWriter w, Cell c) {
        if (c == null) {
            w.nullValue();
            return;
        }
        Source primary = c.primarySource();
        w.beginObject();
        w.name("value");
        writeQuantity(w, c.value().orElse(null));
        w.name("change");
        writeQuantity(w, c.change().orElse(null));
        w.field("qualifier", Codes.qualifier(c.qualifier()))
                .field("commitment", c.commitment().orElse(null))
                .field("estimated", c.isEstimated())
                .field("choice", code(c.choice()))
                .field("conflict", c.isConflicting())
                .field("file", primary.id())
                .field("report_date", date(primary))
                .field("text", primary.text());
        w.name("sources").beginArray();
        Set<Source> conflicting = new LinkedHashSet<>(c.conflicts());
        for (Source s : c.sources()) {
            w.beginObject().field("file", s.id()).field("report_date", date(s))
                    .field("report_kind", Codes.reportKind(s.report().kind()))
                    .field("start", s.start()).field("end", s.end()).field("text", s.text())
                    .field("estimated", s.statement().isEstimated())
                    .field("conflict", conflicting.contains(s)).endObject();
        }
        w.endArray().endObject();
    }

    private static void writeQuantity(JsonWriter w, Quantity q) {
        if (q == null) {
            w.nullValue();
        } else {
            QuantityJson.writeQuantity(w, q);
        }
    }

    static List<String> csvRow(Row r) {
        Cell t = r.target();
        Cell o = r.outcome().orElse(null);
        Attainment a = r.attainment();
        Quantity tv = t == null ? null : t.value().orElse(null);
        Quantity tc = t == null ? null : t.change().orElse(null);
        Quantity ov = o == null ? null : o.value().orElse(null);
        Quantity oc = o == null ? null : o.change().orElse(null);
        return Arrays.asList(r.region(), r.indicator(), r.period().toIsoString(),
                single(tv), unit(tv), single(tc), tc != null && tc.isRange() ? signedLow(tc) : null,
                tc != null && tc.isRange() ? signedHigh(tc) : null, unit(tc),
                t == null ? null : Codes.qualifier(t.qualifier()), t == null ? null : t.commitment().orElse(null),
                t == null ? null : t.primarySource().id(), t == null ? null : date(t.primarySource()),
                t == null ? null : t.primarySource().text(),
                single(ov), unit(ov), single(oc), unit(oc), o == null ? null : Boolean.toString(o.isEstimated()),
                o == null ? null : o.primarySource().id(), o == null ? null : date(o.primarySource()),
                o == null ? null : o.primarySource().text(),
                a == null ? null : code(a.verdict()),
                a == null ? null : a.measure().map(PanelPrinter::code).orElse(null),
                a == null ? null : a.gap().map(BigDecimal::toPlainString).orElse(null),
                a == null ? null : a.gapUnit().map(Unit::name).orElse(null),
                a == null ? null : a.reason().map(PanelPrinter::code).orElse(null),
                Boolean.toString(r.conflict()), String.join(";", r.failedChecks()), sources(r));
    }

    static List<String> tableRow(Row r) {
        Attainment a = r.attainment();
        List<String> flags = new ArrayList<>();
        if (r.conflict()) {
            flags.add("conflict");
        }
        flags.addAll(r.failedChecks());
        String gap = a == null || a.gap().isEmpty() ? null : gapText(a.gap().get(), a.gapUnit().get());
        String verdict = a == null ? null : code(a.verdict()) + a.reason().map(x -> " (" + code(x) + ")").orElse("");
        return Arrays.asList(r.region(), r.indicator(), r.period().toIsoString(), written(r.target()),
                written(r.outcome().orElse(null)), verdict, gap, String.join(" ", flags), sources(r));
    }

    /** @return "-0.3 pp", "-8.1亿元" (yuan from 亿 up), "-2700 PERSON" */
    static String gapText(BigDecimal gap, Unit unit) {
        if (unit == Unit.PERCENTAGE_POINT) {
            return gap.toPlainString() + " pp";
        }
        if (unit == Unit.CNY && gap.abs().compareTo(YI) >= 0) {
            return gap.divide(YI).stripTrailingZeros().toPlainString() + "亿元";
        }
        return gap.toPlainString() + " " + unit.name();
    }

    private static final BigDecimal YI = new BigDecimal("100000000");

    /** @return the figures as written: "309亿元 增长7.5%", with "(预计)" for an estimate */
    static String written(Cell c) {
        if (c == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        c.valueSource().flatMap(s -> s.statement().valueMention()).map(QuantityMention::text).ifPresent(parts::add);
        c.changeSource().flatMap(s -> s.statement().changeMention()).map(QuantityMention::text).ifPresent(parts::add);
        return String.join(" ", parts) + (c.isEstimated() ? " (预计)" : "");
    }

    private static String sources(Row r) {
        Set<String> ids = new LinkedHashSet<>();
        for (Cell c : new Cell[] {r.target(), r.fact()}) {
            if (c != null) {
                c.sources().forEach(s -> ids.add(s.id()));
            }
        }
        return String.join(";", ids);
    }

    // ---- wide ---------------------------------------------------------------------------------------------

    /** One wide row: a region, an indicator, a measure and its unit. */
    record Series(String region, String indicator, Measure measure, Unit unit) {
        String key() {
            return region + "\t" + indicator + "\t" + measure + "\t" + unit;
        }
    }

    /** What one year of a series holds. */
    static final class Year {
        Quantity target;
        Quantity outcome;
        String verdict;
    }

    /** @return the series of single-year cells, each with its years, in key order */
    static Map<Series, TreeMap<Integer, Year>> series(Panel panel) {
        Map<String, Series> seriesByKey = new TreeMap<>();
        Map<String, TreeMap<Integer, Year>> years = new HashMap<>();
        for (Cell c : panel.cells()) {
            if (!c.key().period().isYear()) {
                continue;
            }
            int y = c.key().period().start().getYear();
            boolean target = c.key().kind() == StatementKind.TARGET;
            Attainment a = target ? panel.attainment(c.key()).orElse(null) : null;
            for (Measure m : Measure.values()) {
                Quantity q = (m == Measure.CHANGE ? c.change() : c.value()).orElse(null);
                if (q == null) {
                    continue;
                }
                Series s = new Series(c.key().region(), c.key().indicator(), m, q.unit());
                seriesByKey.putIfAbsent(s.key(), s);
                Year cellYear = years.computeIfAbsent(s.key(), k -> new TreeMap<>()).computeIfAbsent(y,
                        k -> new Year());
                if (target) {
                    cellYear.target = q;
                    if (a != null && a.measure().map(x -> x == m).orElse(false)) {
                        cellYear.verdict = code(a.verdict());
                    }
                } else {
                    cellYear.outcome = q;
                }
            }
        }
        Map<Series, TreeMap<Integer, Year>> out = new LinkedHashMap<>();
        seriesByKey.forEach((k, s) -> out.put(s, years.get(k)));
        return out;
    }

    private static void printWide(Panel panel, OutputFormat format, PrintStream out) {
        Map<Series, TreeMap<Integer, Year>> series = series(panel);
        TreeSet<Integer> allYears = new TreeSet<>();
        series.values().forEach(m -> allYears.addAll(m.keySet()));
        List<String> headers = new ArrayList<>(List.of("region", "indicator", "measure", "unit"));
        for (int y : allYears) {
            headers.add(y + "_target");
            headers.add(y + "_outcome");
            headers.add(y + "_verdict");
        }
        TableFormatter table = format == OutputFormat.TABLE ? new TableFormatter(headers) : null;
        if (format == OutputFormat.CSV) {
            out.append(CsvWriter.row(headers));
        }
        StringBuilder line = new StringBuilder(1024);
        for (Map.Entry<Series, TreeMap<Integer, Year>> e : series.entrySet()) {
            Series s = e.getKey();
            if (format == OutputFormat.JSONL) {
                line.setLength(0);
                JsonWriter w = new JsonWriter(line);
                w.beginObject().field("region", s.region()).field("indicator", s.indicator())
                        .field("measure", code(s.measure())).field("unit", s.unit().name());
                w.name("years").beginObject();
                for (Map.Entry<Integer, Year> y : e.getValue().entrySet()) {
                    w.name(String.valueOf(y.getKey())).beginObject()
                            .field("target", figure(y.getValue().target))
                            .field("outcome", figure(y.getValue().outcome))
                            .field("verdict", y.getValue().verdict).endObject();
                }
                w.endObject().endObject();
                out.append(line).append('\n');
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(s.region(), s.indicator(), code(s.measure()),
                    s.unit().name()));
            for (int y : allYears) {
                Year v = e.getValue().get(y);
                cells.add(v == null ? null : figure(v.target));
                cells.add(v == null ? null : figure(v.outcome));
                cells.add(v == null ? null : v.verdict);
            }
            if (table != null) {
                table.addRow(cells);
            } else {
                out.append(CsvWriter.row(cells));
            }
        }
        if (table != null) {
            out.append(table.format());
        }
    }

    // ---- checks -------------------------------------------------------------------------------------------

    private static void printChecks(Panel panel, OutputFormat format, PrintStream out) {
        List<String> headers = List.of("kind", "region", "indicator", "period", "stated", "implied", "message",
                "sources");
        TableFormatter table = format == OutputFormat.TABLE ? new TableFormatter(headers) : null;
        if (format == OutputFormat.CSV) {
            out.append(CsvWriter.row(headers));
        }
        StringBuilder line = new StringBuilder(1024);
        for (Check c : panel.inconsistencies()) {
            String stated = c.stated().map(BigDecimal::toPlainString).orElse(null);
            String implied = c.implied().map(BigDecimal::toPlainString).orElse(null);
            if (format == OutputFormat.JSONL) {
                line.setLength(0);
                JsonWriter w = new JsonWriter(line);
                w.beginObject().field("kind", c.kind().name().toLowerCase(Locale.ROOT))
                        .field("consistent", c.isConsistent()).field("region", c.region())
                        .field("indicator", c.indicator()).field("period", c.period().toIsoString())
                        .field("stated", stated).field("implied", implied).field("message", c.message());
                w.name("sources").beginArray();
                for (Source s : c.sources()) {
                    w.beginObject().field("file", s.id()).field("report_date", date(s)).field("start", s.start())
                            .field("end", s.end()).field("text", s.text()).endObject();
                }
                w.endArray().endObject();
                out.append(line).append('\n');
                continue;
            }
            List<String> row = Arrays.asList(c.kind().name().toLowerCase(Locale.ROOT), c.region(), c.indicator(),
                    c.period().toIsoString(), stated, implied, c.message(),
                    c.sources().stream().map(Source::id).distinct().collect(Collectors.joining(";")));
            if (table != null) {
                table.addRow(row);
            } else {
                out.append(CsvWriter.row(row));
            }
        }
        if (table != null) {
            out.append(table.format());
        }
    }

    // ---- shared -------------------------------------------------------------------------------------------

    /** @return the signed amount ("-1.2" for 下降1.2%), "6..6.5" for a range, or null */
    static String figure(Quantity q) {
        if (q == null) {
            return null;
        }
        return q.isRange() ? signedLow(q) + ".." + signedHigh(q) : single(q);
    }

    private static String single(Quantity q) {
        if (q == null || q.isRange()) {
            return null;
        }
        return decrease(q) ? q.value().negate().toPlainString() : q.value().toPlainString();
    }

    private static String signedLow(Quantity q) {
        return decrease(q) ? q.high().negate().toPlainString() : q.low().toPlainString();
    }

    private static String signedHigh(Quantity q) {
        return decrease(q) ? q.low().negate().toPlainString() : q.high().toPlainString();
    }

    private static boolean decrease(Quantity q) {
        return q.change().map(c -> c.direction() == io.github.zhibiao.numbers.Direction.DECREASE
                && !c.isToLevel()).orElse(false);
    }

    private static String unit(Quantity q) {
        return q == null ? null : q.unit().name();
    }

    private static String date(Source s) {
        return s.reportDate().map(LocalDate::toString).orElse(null);
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
