/**
 * Quantities in Chinese running text: numerals, magnitudes, units, qualifiers, ranges and changes
 * ({@code 350.19亿元}, {@code 增长24%}, {@code 上升8.4个百分点}). The front door is
 * {@link io.github.zhibiao.numbers.Quantities}. Depends on the JDK only.
 */
module io.github.zhibiao.numbers {
    exports io.github.zhibiao.numbers;
}
