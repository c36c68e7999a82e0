package io.github.zhibiao.numbers;

import java.util.Objects;

/**
 * How {@link Quantities#scan(CharSequence, ScanOptions)} reads its text.
 *
 * <ul>
 *   <li>{@link #report()} (the default of {@link Quantities#scan(CharSequence)}): report text, where a lone Chinese
 *       numeral is nearly always part of a word or an enumeration (一体化, “十四五”, 四川, 一是…二是…) and 一 with a
 *       classifier is the indefinite article (打造一个…). Neither is a quantity.
 *   <li>{@link #general()}: text outside reports (dialogue, questions, puzzles). A lone Chinese numeral that
 *       stands as a word is a number (答案是四不是五: 4 and 5; “一”和“五”), and 一只, 一块蛋糕 count one thing.
 *       Everything else reads as in report text.
 * </ul>
 *
 * <pre>{@code
 * Quantities.scan("答案是四不是五");                          // []
 * Quantities.scan("答案是四不是五", ScanOptions.general());   // [四 = 4 NUMBER, 五 = 5 NUMBER]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (given a thread-safe {@link WordBoundary}).
 */
public final class ScanOptions {
    private static final ScanOptions REPORT = new ScanOptions(null);
    private static final ScanOptions GENERAL = new ScanOptions(ParticleBoundary.INSTANCE);

    private final WordBoundary boundary;

    private ScanOptions(WordBoundary boundary) {
        this.boundary = boundary;
    }

    /**
     * Options for report text, the default.
     *
     * @return the options, never null
     */
    public static ScanOptions report() {
        return REPORT;
    }

    /**
     * Options for general text, with the built-in, JDK-only word-boundary check (see {@link WordBoundary}).
     *
     * @return the options, never null
     */
    public static ScanOptions general() {
        return GENERAL;
    }

    /**
     * Options for general text whose lone numerals are judged by the given check, for instance one backed by a
     * word segmenter.
     *
     * @param boundary tells whether a lone numeral is a word, not null
     * @return the options, never null
     * @throws NullPointerException if {@code boundary} is null
     */
    public static ScanOptions general(WordBoundary boundary) {
        return new ScanOptions(Objects.requireNonNull(boundary, "boundary"));
    }

    /**
     * Whether lone Chinese numerals that stand as words are read as numbers.
     *
     * @return false for {@link #report()}, true for {@link #general()}
     */
    public boolean readsLoneNumerals() {
        return boundary != null;
    }

    /** @return the word-boundary check, or null for report text */
    WordBoundary boundary() {
        return boundary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScanOptions && Objects.equals(boundary, ((ScanOptions) o).boundary);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(boundary);
    }

    @Override
    public String toString() {
        return boundary == null ? "ScanOptions[report]"
                : boundary == ParticleBoundary.INSTANCE ? "ScanOptions[general]" : "ScanOptions[general, " + boundary + "]";
    }
}
