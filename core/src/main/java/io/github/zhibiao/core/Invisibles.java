package io.github.zhibiao.core;

/**
 * Takes out of a report what a reader never sees but that cuts words and numbers apart: zero-width spaces and joiners
 * ("生产总\u200B值"), soft hyphens, a byte order mark, the spaces a converter put between the digits of a number
 * ("7 4 7 7 2 亿元", "1 9 9 8 年"), and a single space between two Chinese characters ("经 济增长"). The parse reads the cleaned text; {@link #original} maps each of its offsets back,
 * so offsets reported to users always refer to the text as given.
 *
 * <p>Immutable and thread-safe.
 */
final class Invisibles {
    /** A run of single digits split by single spaces is joined from this many digits on ("1 9 9 8"). */
    private static final int MIN_SPACED_DIGITS = 3;

    private final String text;
    /** For each offset of {@link #text} (and its length), the offset in the original. */
    private final int[] original;

    private Invisibles(String text, int[] original) {
        this.text = text;
        this.original = original;
    }

    /** @return the cleaned text, or null when {@code in} holds nothing to take out */
    static Invisibles clean(CharSequence in) {
        int n = in.length();
        boolean[] drop = null;
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            boolean invisible = c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                    || c == '\u00AD';
            if (invisible) {
                drop = mark(drop, n, i);
            } else if (c == ' ' && i > 0 && i + 1 < n && ideograph(in.charAt(i - 1)) && ideograph(in.charAt(i + 1))
                    && (i < 2 || in.charAt(i - 2) != ' ') && (i + 2 >= n || in.charAt(i + 2) != ' ')) {
                // "今年经 济增长预期目标": one space a line wrap left between two characters of a word ("政 府 工 作 报
                // 告" too); Chinese puts no spaces between words, so it cuts nothing that should stay cut.
                drop = mark(drop, n, i);
            } else if (digit(c) && (i == 0 || !digit(in.charAt(i - 1)) && !point(in.charAt(i - 1)))) {
                // A run of single digits, each followed by one space, points written tight ("8 ．8 ％",
                // "7 4 7 7 2 亿元", "1 9 9 8 年"): a converter's spacing inside one number.
                int k = i;
                int digits = 0;
                int spaces = 0;
                while (k < n) {
                    char d = in.charAt(k);
                    if (digit(d)) {
                        digits++;
                        if (k + 1 < n && digit(in.charAt(k + 1))) {
                            break; // a digit group ("2024 年"): not this artifact
                        }
                        if (k + 2 < n && space(in.charAt(k + 1)) && (digit(in.charAt(k + 2))
                                || point(in.charAt(k + 2)) && k + 3 < n && digit(in.charAt(k + 3)))) {
                            spaces++;
                            k += 2;
                            continue;
                        }
                        break;
                    }
                    if (point(d) && k + 1 < n && digit(in.charAt(k + 1))) {
                        k++;
                        continue;
                    }
                    break;
                }
                // k is at the run's last digit
                boolean unitAfter = k + 2 < n && space(in.charAt(k + 1)) && cjk(in.charAt(k + 2));
                if (digits >= 2 && spaces >= 1 && (digits >= MIN_SPACED_DIGITS || unitAfter)) {
                    for (int j = i; j < k; j++) {
                        if (space(in.charAt(j)) && j > i && (digit(in.charAt(j - 1)))) {
                            drop = mark(drop, n, j);
                        }
                    }
                    if (unitAfter) {
                        drop = mark(drop, n, k + 1); // "1 9 9 8 年", "1 1 ％": the space before the unit too
                    }
                    i = k;
                }
            }
        }
        if (drop == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(n);
        int[] map = new int[n + 1];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                b.append(in.charAt(i));
                map[m++] = i;
            }
        }
        map[m] = n;
        int[] trimmed = new int[m + 1];
        System.arraycopy(map, 0, trimmed, 0, m + 1);
        return new Invisibles(b.toString(), trimmed);
    }

    private static boolean[] mark(boolean[] drop, int n, int i) {
        boolean[] d = drop == null ? new boolean[n] : drop;
        d[i] = true;
        return d;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
    }

    private static boolean point(char c) {
        return c == '.' || c == '\uFF0E';
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\u00A0';
    }

    private static boolean ideograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    private static boolean cjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c == '%' || c == '\uFF05';
    }

    /** @return the cleaned text, never null */
    String text() {
        return text;
    }

    /** @return the original offset of the cleaned offset {@code i} (0 ≤ i ≤ length) */
    int start(int i) {
        return original[Math.max(0, Math.min(i, original.length - 1))];
    }

    /** @return the original offset after the cleaned span that ends at {@code end} (exclusive) */
    int end(int end) {
        return end <= 0 ? start(0) : start(end - 1) + 1;
    }
}
