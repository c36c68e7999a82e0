package io.github.zhibiao.numbers;

/**
 * Tells whether a run of text is a word of its own or part of a longer word. {@link ScanOptions#general()} asks it
 * about a Chinese numeral that stands alone, with no unit, classifier or magnitude: in 答案是四不是五 the 四 is a
 * word (a number), in 这不是四川 it is part of the place name 四川.
 *
 * <p>The built-in check ({@link ScanOptions#general()}) is JDK-only: a numeral is a word when each side is the
 * text's edge, punctuation or a particle such as 是, 不, 的, 和 (the lists live in {@code lexicon.tsv}). A caller
 * with a word segmenter can pass its own check to {@link ScanOptions#general(WordBoundary)}.
 *
 * <p>Implementations must be thread-safe if the options are shared between threads, and should not throw; the
 * scanner treats a thrown exception as a bug of the implementation and lets it through.
 */
@FunctionalInterface
public interface WordBoundary {
    /**
     * Whether {@code text[start, end)} is a word of its own in {@code text}.
     *
     * @param text the whole text being scanned, as given to the scanner, not null
     * @param start the first char of the candidate, {@code 0 <= start < end}
     * @param end the char after the candidate, {@code end <= text.length()}
     * @return true when the candidate is not part of a longer word
     */
    boolean isWord(CharSequence text, int start, int end);
}
