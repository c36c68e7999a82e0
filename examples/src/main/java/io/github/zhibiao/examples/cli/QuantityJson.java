package io.github.zhibiao.examples.cli;

import io.github.zhibiao.numbers.Change;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.QuantityMention;

/**
 * Writes quantities as the JSON the command line promises. A mention of "350.19亿元" becomes
 * <pre>{@code
 * "text":"350.19亿元","start":120,"end":128,"value":"35019000000","low":null,"high":null,"unit":"CNY",
 * "classifier":null,"qualifier":null,"change":null
 * }</pre>
 * Ranges print {@code value} null and {@code low}/{@code high}; single amounts print {@code low}/{@code high}
 * null. A change prints {@code {"direction":"increase","basis":"yoy"}}, plus {@code "to":true} for a level
 * reached and {@code "from":{…}} for a stated earlier level.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class QuantityJson {
    private QuantityJson() {
    }

    /**
     * Writes a mention as a complete object.
     *
     * @param w the writer, positioned where a value may go, not null
     * @param m the mention, or null to write {@code null}
     */
    static void writeMention(JsonWriter w, QuantityMention m) {
        if (m == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        writeMentionFields(w, m);
        w.endObject();
    }

    /**
     * Writes the members of a mention ({@code text}, {@code start}, {@code end} and the quantity's members)
     * into an object the caller has opened.
     *
     * @param w the writer, inside an object, not null
     * @param m the mention, not null
     */
    static void writeMentionFields(JsonWriter w, QuantityMention m) {
        w.field("text", m.text()).field("start", m.start()).field("end", m.end());
        writeQuantityFields(w, m.quantity());
    }

    /**
     * Writes a quantity that has no place in the text (the earlier level of a from/to pair) as an object.
     *
     * @param w the writer, not null
     * @param q the quantity, not null
     */
    static void writeQuantity(JsonWriter w, Quantity q) {
        w.beginObject();
        writeQuantityFields(w, q);
        w.endObject();
    }

    static void writeQuantityFields(JsonWriter w, Quantity q) {
        w.field("value", Codes.value(q))
                .field("low", Codes.low(q))
                .field("high", Codes.high(q))
                .field("unit", q.unit().name())
                .field("classifier", q.classifier().orElse(null))
                .field("qualifier", Codes.qualifier(q.qualifier()));
        w.name("change");
        writeChange(w, q.change().orElse(null));
    }

    static void writeChange(JsonWriter w, Change c) {
        if (c == null) {
            w.nullValue();
            return;
        }
        w.beginObject()
                .field("direction", Codes.direction(c.direction()))
                .field("basis", Codes.basis(c.basis().orElse(null)));
        if (c.isToLevel()) {
            w.field("to", true);
        }
        if (c.from().isPresent()) {
            w.name("from");
            writeQuantity(w, c.from().get());
        }
        w.endObject();
    }
}
