package io.github.zhibiao.examples.cli;

import io.github.zhibiao.numbers.Change;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.QuantityMention;
import java.util.Arrays;
import java.util.List;

/**
 * How the {@code quantities} command prints a mention. JSON: {@code file}, then the members
 * {@link QuantityJson} writes. CSV flattens the change into {@code change_*} columns.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class QuantityLayout implements Layout<QuantityMention> {
    static final QuantityLayout INSTANCE = new QuantityLayout();

    private QuantityLayout() {
    }

    @Override
    public void writeJson(JsonWriter w, String file, QuantityMention m) {
        w.beginObject().field("file", file);
        QuantityJson.writeMentionFields(w, m);
        w.endObject();
    }

    @Override
    public List<String> tableHeaders() {
        return List.of("file", "start", "end", "text", "amount", "qualifier", "change");
    }

    @Override
    public List<String> tableRow(String file, QuantityMention m) {
        Quantity q = m.quantity();
        return Arrays.asList(file, Integer.toString(m.start()), Integer.toString(m.end()), m.text(),
                Codes.amountSummary(q), Codes.qualifier(q.qualifier()), Codes.changeSummary(q.change().orElse(null)));
    }

    @Override
    public List<String> csvHeaders() {
        return List.of("file", "text", "start", "end", "value", "low", "high", "unit", "classifier", "qualifier",
                "change_direction", "change_basis", "change_to", "change_from_value", "change_from_low",
                "change_from_high", "change_from_unit");
    }

    @Override
    public List<String> csvRow(String file, QuantityMention m) {
        Quantity q = m.quantity();
        Change c = q.change().orElse(null);
        Quantity from = c == null ? null : c.from().orElse(null);
        return Arrays.asList(file, m.text(), Integer.toString(m.start()), Integer.toString(m.end()),
                Codes.value(q), Codes.low(q), Codes.high(q), q.unit().name(), q.classifier().orElse(null),
                Codes.qualifier(q.qualifier()),
                c == null ? null : Codes.direction(c.direction()),
                c == null ? null : Codes.basis(c.basis().orElse(null)),
                c == null ? null : Boolean.toString(c.isToLevel()),
                from == null ? null : Codes.value(from),
                from == null ? null : Codes.low(from),
                from == null ? null : Codes.high(from),
                from == null ? null : from.unit().name());
    }
}
