package io.github.zhibiao.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Maps text one char to one char so that every offset stays valid: traditional to simplified script
 * (國內生産總值 → 国内生产总值), full-width ASCII to ASCII (ＧＤＰ２０２５ → GDP2025), lower-case ASCII letters to
 * upper case, and every kind of space and line separator to a plain space or line feed. Residue of web pages is
 * blanked: HTML tags ({@code <br>}, {@code </p>}: a tag that ends a block becomes a line feed) and character
 * references ({@code &nbsp;}, {@code &#160;}).
 *
 * <p>Stateless and thread-safe; the char table is read once from {@code t2s-chars.txt}.
 */
final class TextNormalizer {
    private static final String RESOURCE = "t2s-chars.txt";

    private TextNormalizer() {
    }

    private static final class Table {
        static final char[] MAP = load();

        private static char[] load() {
            char[] map = new char[65536];
            for (int c = 0; c < map.length; c++) {
                map[c] = (char) c;
            }
            try (InputStream in = TextNormalizer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("#")) {
                        continue;
                    }
                    for (String pair : line.split(" ")) {
                        if (pair.length() == 2) {
                            map[pair.charAt(0)] = pair.charAt(1);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int c = 0xFF01; c <= 0xFF5E; c++) {
                map[c] = (char) (c - 0xFEE0);
            }
            for (int c = 'a'; c <= 'z'; c++) {
                map[c] = (char) (c - 32);
            }
            for (int c = 0xFF41; c <= 0xFF5A; c++) {
                map[c] = (char) (c - 0xFEE0 - 32);
            }
            map['\u3000'] = ' ';
            map['\u00A0'] = ' ';
            map['\t'] = ' ';
            map['\u2002'] = ' ';
            map['\u2003'] = ' ';
            map['\u2009'] = ' ';
            map['\u200B'] = ' ';
            map['\uFEFF'] = ' ';
            map['\r'] = '\n';
            map['\u2028'] = '\n';
            map['\u2029'] = '\n';
            map['\u0085'] = '\n';
            // Dashes between numbers ("1—7月", "2021–2025年") all read as one.
            map['\u2014'] = '\u2014';
            map['\u2013'] = '\u2014';
            map['\u2015'] = '\u2014';
            map['\uFE63'] = '-';
            map['\u2212'] = '-';
            map['\u301C'] = '~';
            map['\uFF5E'] = '~';
            map['\u300C'] = '\u201C';
            map['\u300D'] = '\u201D';
            map['\u300E'] = '\u201C';
            map['\u300F'] = '\u201D';
            return map;
        }
    }

    /** The longest HTML tag and character reference blanked; longer ones are left as text. */
    private static final int MAX_TAG = 200;
    private static final int MAX_REFERENCE = 10;

    /** Returns the normalized copy of {@code text}, of the same length. */
    static char[] normalize(CharSequence text) {
        char[] map = Table.MAP;
        int n = text.length();
        char[] out = new char[n];
        boolean markup = false;
        for (int i = 0; i < n; i++) {
            char c = map[text.charAt(i)];
            out[i] = c;
            markup |= c == '<' || c == '&';
        }
        if (markup) {
            blankMarkup(out);
        }
        chineseYears(out);
        return out;
    }

    /**
     * "一九九五年" → "1995年", "二〇二五年" → "2025年": a year written digit by digit in Chinese numerals is written
     * in Arabic digits, four chars for four, so that periods are read the same in older texts.
     */
    private static void chineseYears(char[] t) {
        for (int i = 0; i + 4 < t.length; i++) {
            if ((t[i] == '一' || t[i] == '二') && t[i + 4] == '年' && (i == 0 || PeriodScanner.cnDigit(t[i - 1]) < 0)
                    && PeriodScanner.cnDigit(t[i + 1]) >= 0 && PeriodScanner.cnDigit(t[i + 2]) >= 0
                    && PeriodScanner.cnDigit(t[i + 3]) >= 0 && t[i + 1] != '两' && t[i + 2] != '两'
                    && t[i + 3] != '两') {
                int y = 0;
                for (int k = i; k < i + 4; k++) {
                    y = y * 10 + PeriodScanner.cnDigit(t[k]);
                }
                if (y >= 1900 && y <= 2100) {
                    for (int k = i + 3; k >= i; k--) {
                        t[k] = (char) ('0' + y % 10);
                        y /= 10;
                    }
                }
                i += 4;
            }
        }
    }

    /** Blanks HTML tags and character references in place, in one pass with a bounded look-ahead. */
    private static void blankMarkup(char[] t) {
        int i = 0;
        while (i < t.length) {
            int end = t[i] == '<' ? tagEnd(t, i) : t[i] == '&' ? referenceEnd(t, i) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            boolean block = t[i] == '<' && blockTag(t, i);
            for (int k = i; k < end; k++) {
                t[k] = ' ';
            }
            if (block) {
                t[i] = '\n';
            }
            i = end;
        }
    }

    /** The end of an ASCII tag such as {@code <br/>} or {@code <p class="x">} at {@code i}, or -1. */
    private static int tagEnd(char[] t, int i) {
        int k = i + 1;
        if (k < t.length && t[k] == '/') {
            k++;
        }
        if (k >= t.length || !(t[k] >= 'A' && t[k] <= 'Z')) {
            return -1; // "<5%" and "< 3" are comparisons, not tags
        }
        for (int j = k; j < t.length && j - i < MAX_TAG; j++) {
            char c = t[j];
            if (c == '>') {
                return j + 1;
            }
            if (c == '<' || c == '\n' || c > 0x7F) {
                return -1;
            }
        }
        return -1;
    }

    /** True for tags that end a line or a block of a page: br, p, div, li, tr, h1–h6. */
    private static boolean blockTag(char[] t, int i) {
        int k = t[i + 1] == '/' ? i + 2 : i + 1;
        int e = k;
        while (e < t.length && (t[e] >= 'A' && t[e] <= 'Z' || t[e] >= '0' && t[e] <= '9')) {
            e++;
        }
        String name = new String(t, k, e - k);
        return name.equals("BR") || name.equals("P") || name.equals("DIV") || name.equals("LI") || name.equals("TR")
                || name.length() == 2 && name.charAt(0) == 'H' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** The end of a character reference such as {@code &nbsp;} or {@code &#160;} at {@code i}, or -1. */
    private static int referenceEnd(char[] t, int i) {
        int k = i + 1;
        if (k < t.length && t[k] == '#') {
            k++;
        }
        int j = k;
        while (j < t.length && j - i <= MAX_REFERENCE && (t[j] >= 'A' && t[j] <= 'Z' || t[j] >= '0' && t[j] <= '9')) {
            j++;
        }
        return j > k && j < t.length && t[j] == ';' ? j + 1 : -1;
    }
}
