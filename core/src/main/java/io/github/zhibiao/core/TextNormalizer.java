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
 * upper case, and every kind of space and line separator to a plain space or line feed.
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

    /** Returns the normalized copy of {@code text}, of the same length. */
    static char[] normalize(CharSequence text) {
        char[] map = Table.MAP;
        int n = text.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = map[text.charAt(i)];
        }
        return out;
    }
}
