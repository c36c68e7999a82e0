package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.Rank;
import io.github.zhibiao.core.Statement;
import io.github.zhibiao.numbers.Change;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.QuantityMention;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the {@code extract} command prints a fact or target. JSON, for "全县地区生产总值增长5.8%":
 * <pre>{@code
 * {"file":"seeds/002….txt","kind":"fact","indicator":"GDP","name":"地区生产总值","subject":"平阴县",
 *  "period":"2025","value":null,"change":{"text":"增长5.8%","start":323,"end":329,"value":"5.8",…,
 *  "change":{"direction":"increase","basis":null}},"qualifier":null,"commitment":null,"rank":null,
 *  "estimated":false,"text":"全县地区生产总值增长5.8%","start":317,"end":329,
 *  "report_date":"2026-01-27","report_region":"平阴县","report_kind":"work_report"}
 * }</pre>
 * {@code value} and {@code change} are quantity objects as {@code quantities} prints them (without
 * {@code file}).
 *
 * <p>This class holds no state and is thread-safe.
 */
final class StatementLayout implements Layout<Finding> {
    static final StatementLayout INSTANCE = new StatementLayout();

    private StatementLayout() {
    }

    @Override
    public void writeJson(JsonWriter w, String file, Finding f) {
        Statement s = f.statement();
        w.beginObject()
                .field("file", file)
                .field("kind", kind(s))
                .field("indicator", s.indicatorCode())
                .field("name", s.name())
                .field("subject", s.subject().orElse(null))
                .field("period", s.period().map(p -> p.toIsoString()).orElse(null));
        w.name("value");
        writeQuantity(w, f.value());
        w.name("change");
        writeQuantity(w, f.change());
        w.field("qualifier", Codes.qualifier(s.qualifier()))
                .field("commitment", s.commitment().orElse(null))
                .field("rank", s.rank().map(Rank::text).orElse(null))
                .field("estimated", s.isEstimated())
                .field("text", s.text())
                .field("start", f.start())
                .field("end", f.end())
                .field("report_date", f.report().date().map(LocalDate::toString).orElse(null))
                .field("report_region", f.report().region().orElse(null))
                .field("report_kind", Codes.reportKind(f.report().kind()))
                .endObject();
    }

    private static void writeQuantity(JsonWriter w, QuantityMention at) {
        if (at == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.field("text", at.text()).field("start", at.start()).field("end", at.end());
        QuantityJson.writeQuantityFields(w, at.quantity());
        w.endObject();
    }

    private static String kind(Statement s) {
        return s.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String written(QuantityMention at) {
        return at == null ? null : at.text();
    }

    @Override
    public List<String> tableHeaders() {
        return List.of("file", "kind", "indicator", "name", "subject", "period", "value", "change", "qualifier",
                "commitment", "rank", "text");
    }

    @Override
    public List<String> tableRow(String file, Finding f) {
        Statement s = f.statement();
        return Arrays.asList(file, kind(s), s.indicatorCode(), s.name(), s.subject().orElse(null),
                s.period().map(p -> p.toIsoString()).orElse(null),
                written(f.value()), written(f.change()),
                Codes.qualifier(s.qualifier()), s.commitment().orElse(null),
                s.rank().map(Rank::text).orElse(null), s.isEstimated() ? s.text() + " (estimated)" : s.text());
    }

    @Override
    public List<String> csvHeaders() {
        return List.of("file", "kind", "indicator", "name", "subject", "period",
                "value_text", "value", "value_low", "value_high", "value_unit", "value_classifier",
                "change_text", "change", "change_low", "change_high", "change_unit", "change_direction",
                "change_basis", "qualifier", "commitment", "rank", "estimated", "text", "start", "end",
                "report_date", "report_region", "report_kind");
    }

    @Override
    public List<String> csvRow(String file, Finding f) {
        Statement s = f.statement();
        Quantity v = s.value().orElse(null);
        Quantity c = s.change().orElse(null);
        Change how = c == null ? null : c.change().orElse(null);
        return Arrays.asList(file, kind(s), s.indicatorCode(), s.name(), s.subject().orElse(null),
                s.period().map(p -> p.toIsoString()).orElse(null),
                f.value() == null ? null : f.value().text(),
                v == null ? null : Codes.value(v), v == null ? null : Codes.low(v), v == null ? null : Codes.high(v),
                v == null ? null : v.unit().name(), v == null ? null : v.classifier().orElse(null),
                f.change() == null ? null : f.change().text(),
                c == null ? null : Codes.value(c), c == null ? null : Codes.low(c), c == null ? null : Codes.high(c),
                c == null ? null : c.unit().name(),
                how == null ? null : Codes.direction(how.direction()),
                how == null ? null : Codes.basis(how.basis().orElse(null)),
                Codes.qualifier(s.qualifier()), s.commitment().orElse(null),
                s.rank().map(Rank::text).orElse(null), Boolean.toString(s.isEstimated()),
                s.text(), Integer.toString(f.start()), Integer.toString(f.end()),
                f.report().date().map(LocalDate::toString).orElse(null), f.report().region().orElse(null),
                Codes.reportKind(f.report().kind()));
    }
}
