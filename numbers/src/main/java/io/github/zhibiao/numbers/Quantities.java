package io.github.zhibiao.numbers;

import java.util.List;
import java.util.Objects;

/**
 * The front door of the numbers module: finds every quantity in Chinese running text, and parses one quantity
 * string.
 *
 * <pre>{@code
 * List<QuantityMention> found = Quantities.scan("173家规上工业企业完成产值356亿元、增长3.3%。");
 * // 173家 = 173 COUNT(家); 356亿元 = 35600000000 CNY; 增长3.3% = 3.3 PERCENT [increase]
 * Quantity q = Quantities.parse("350.19亿元");   // 35019000000 CNY
 * }</pre>
 *
 * <p>Scanning reads the text once, left to right, in time linear in its length, and never throws on any
 * text. Dates, years, ordinals (第三), programme names ("1463"), model names (5G-A, PM2.5) and words that merely
 * contain numerals (百强县) are not quantities. Traditional script (萬, 億, 增長) and full-width digits read
 * like their simplified and ASCII forms; offsets always refer to the text as given.
 *
 * <p>This class holds no mutable state and is thread-safe; its tables are loaded once, lazily.
 */
public final class Quantities {
    private Quantities() {
    }

    /**
     * Finds every quantity in running text, in text order.
     *
     * @param text the text, not null
     * @return the mentions in order of their start offsets, never null; empty when there are none
     * @throws NullPointerException if {@code text} is null
     */
    public static List<QuantityMention> scan(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return QuantityScanner.scan(text, ScanOptions.report());
    }

    /**
     * Finds every quantity in running text read with the given options: {@link ScanOptions#report()} is what
     * {@link #scan(CharSequence)} does; {@link ScanOptions#general()} also reads a lone Chinese numeral that
     * stands as a word ("答案是四不是五" gives 4 and 5, "一只" gives 1).
     *
     * @param text the text, not null
     * @param options how to read the text, not null
     * @return the mentions in order of their start offsets, never null; empty when there are none
     * @throws NullPointerException if {@code text} or {@code options} is null
     */
    public static List<QuantityMention> scan(CharSequence text, ScanOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        return QuantityScanner.scan(text, options);
    }

    /**
     * Parses a string that holds exactly one quantity, such as "350.19亿元", "增长24%", "3—5万亩" or "两千".
     * Leading and trailing whitespace is ignored.
     *
     * @param text the quantity, not null
     * @return the quantity, never null
     * @throws QuantityParseException if the text is empty, holds no quantity, or holds anything besides one
     *     quantity; the exception names the text and the index where it went wrong
     * @throws NullPointerException if {@code text} is null
     */
    public static Quantity parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return QuantityScanner.parseOne(text);
    }
}
