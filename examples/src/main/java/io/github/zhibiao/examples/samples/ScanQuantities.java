package io.github.zhibiao.examples.samples;

import io.github.zhibiao.numbers.Quantities;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.QuantityMention;

/**
 * Sample: find every quantity in a sentence of a report, then parse one quantity string. Copy it to start.
 *
 * <p>Run it with {@code java -cp examples/target/zhibiao.jar io.github.zhibiao.examples.samples.ScanQuantities}.
 * It prints each mention with its offsets and value, for instance
 * <pre>
 * [6, 14) 由270亿元上升至356亿元 … = 35600000000 CNY [increase to from 27000000000 CNY]
 * [35, 43) 年均增长5.7% = 5.7 PERCENT [increase annual_average]
 * </pre>
 * (the exact spans are whatever the scanner finds; the sentence comes from the 2026 government work report of
 * 平阴县, {@code seeds/002_0d7a868e768d3975.txt}).
 */
public final class ScanQuantities {
    private ScanQuantities() {
    }

    /**
     * Scans the sample sentence, or the arguments joined by spaces when there are any.
     *
     * @param args optional text to scan instead of the sample sentence
     */
    public static void main(String[] args) {
        String text = args.length > 0 ? String.join(" ", args)
                : "规上工业企业由101家增至173家，规上工业产值由270亿元上升至356亿元，年均增长5.7%。";

        // One pass over the text; never throws, returns mentions in text order.
        for (QuantityMention m : Quantities.scan(text)) {
            Quantity q = m.quantity();
            System.out.printf("[%d, %d) %s = %s%n", m.start(), m.end(), m.text(), q);
        }

        // A single quantity string: exact BigDecimal amounts in the unit, after magnitudes (亿 = 10^8).
        Quantity revenue = Quantities.parse("350.19亿元");
        System.out.println("350.19亿元 → " + revenue.value().toPlainString() + " " + revenue.unit());
    }
}
