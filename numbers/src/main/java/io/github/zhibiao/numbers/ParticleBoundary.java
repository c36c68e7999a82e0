package io.github.zhibiao.numbers;

/**
 * The built-in {@link WordBoundary}: a candidate is a word when the text before it ends with the text's start, a
 * char that is no CJK ideograph (punctuation, quotes, spaces) or a particle that may precede a numeral word (是,
 * 有, 和, 前 …), and the text after it starts with the text's end, such a char or a particle that may follow one
 * (的, 不, 这, 而 …). Both particle lists live in {@code lexicon.tsv} (categories {@code word-before} and
 * {@code word-after}). 这不是四川这是五: 四 is followed by 川, no particle, so it is no word; 五 ends the text.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ParticleBoundary implements WordBoundary {
    static final ParticleBoundary INSTANCE = new ParticleBoundary();
    /** The longest particle, in chars. */
    private static final int REACH = 4;

    private ParticleBoundary() {
    }

    @Override
    public boolean isWord(CharSequence text, int start, int end) {
        Lexicon lex = Lexicon.get();
        int from = Math.max(0, start - REACH);
        int to = Math.min(text.length(), end + REACH);
        char[] w = new char[to - from];
        for (int k = 0; k < w.length; k++) {
            w[k] = lex.normal[text.charAt(from + k)];
        }
        int s = start - from;
        int e = end - from;
        if ((s > 0 && isDigitLike(w[s - 1])) || (e < w.length && isDigitLike(w[e]))) {
            // 二○○○年: a digit written as a circle continues the numeral.
            return false;
        }
        boolean labelled = e < w.length && w[e] == '、' && (s == 0 || !isIdeograph(w[s - 1]));
        // 报告分六个部分：一、…；二、…: a numeral that opens a clause before 、 labels a list item.
        boolean slogan = s > 0 && isOpenQuote(w[s - 1]) && e < w.length && isIdeograph(w[e]);
        // “两不愁三保障”, “三到村三到户”: a quoted phrase that begins with a numeral is a slogan; “一” is a numeral.
        return !labelled && !slogan && before(lex, w, s) && after(lex, w, e);
    }

    private static boolean isOpenQuote(char c) {
        return c == '“' || c == '"' || c == '「' || c == '『' || c == '《' || c == '‘';
    }

    private static boolean isDigitLike(char c) {
        return (c >= '0' && c <= '9') || c == '○' || c == '〇' || c == '零';
    }

    private static boolean before(Lexicon lex, char[] w, int s) {
        if (s == 0 || !isIdeograph(w[s - 1])) {
            return true;
        }
        for (int k = Math.max(0, s - REACH); k < s; k++) {
            if (lex.wordBefore.longest(w, k, s) == s) {
                return true;
            }
        }
        return false;
    }

    private static boolean after(Lexicon lex, char[] w, int e) {
        return e == w.length || !isIdeograph(w[e]) || lex.wordAfter.longest(w, e, w.length) > e;
    }

    private static boolean isIdeograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    @Override
    public String toString() {
        return "particles";
    }
}
