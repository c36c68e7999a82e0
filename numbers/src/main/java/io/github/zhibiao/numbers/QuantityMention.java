package io.github.zhibiao.numbers;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quantity found in running text, with its exact text and UTF-16 offsets {@code [start, end)} in the
 * scanned input: in "完成产值356亿元、增长3.3%" the scanner finds "356亿元" and "增长3.3%".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuantityMention {
    private final String text;
    private final int start;
    private final int end;
    private final Quantity quantity;

    private QuantityMention(String text, int start, int end, Quantity quantity) {
        this.text = Objects.requireNonNull(text, "text");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for \"" + text + "\"");
        }
        this.start = start;
        this.end = end;
    }

    /**
     * Creates a mention.
     *
     * @param text the mention's text exactly as in the input, not null
     * @param start the offset of its first char in the input, not negative
     * @param end the offset after its last char; {@code end - start == text.length()}
     * @param quantity what it states, not null
     * @return the mention, never null
     * @throws IllegalArgumentException if the span does not fit the text
     */
    public static QuantityMention of(String text, int start, int end, Quantity quantity) {
        return new QuantityMention(text, start, end, quantity);
    }

    /** @return the mention's text exactly as in the input, never null */
    public String text() {
        return text;
    }

    /** @return the UTF-16 offset of the first char in the input */
    public int start() {
        return start;
    }

    /** @return the UTF-16 offset after the last char in the input */
    public int end() {
        return end;
    }

    /** @return what the mention states, never null */
    public Quantity quantity() {
        return quantity;
    }

    /**
     * Shortcut for {@code quantity().value()}.
     *
     * @return the amount, or the lower bound of a range; never null
     */
    public BigDecimal value() {
        return quantity.value();
    }

    /** @return shortcut for {@code quantity().unit()}, never null */
    public Unit unit() {
        return quantity.unit();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof QuantityMention)) {
            return false;
        }
        QuantityMention m = (QuantityMention) o;
        return start == m.start && end == m.end && text.equals(m.text) && quantity.equals(m.quantity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, start, end, quantity);
    }

    /** @return e.g. "350.19亿元 = 35019000000 CNY @[120,127)" */
    @Override
    public String toString() {
        return text + " = " + quantity + " @[" + start + "," + end + ")";
    }
}
