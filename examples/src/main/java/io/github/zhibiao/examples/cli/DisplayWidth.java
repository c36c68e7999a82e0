package io.github.zhibiao.examples.cli;

/**
 * How many terminal columns a string takes: Chinese characters and full-width forms take two ("增长" is 4),
 * combining marks and zero-width format characters take none, everything else takes one. This follows the
 * East Asian Width property (Wide and Fullwidth are 2) closely enough for report text; ambiguous characters
 * such as "—" and "“" count as one, as most terminals in a non-CJK locale draw them.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    /** @return the number of terminal columns {@code s} takes */
    static int of(CharSequence s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** @return 0, 1 or 2: the number of terminal columns the code point takes */
    static int of(int cp) {
        if (cp == 0) {
            return 0;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F                 // Hangul Jamo initials
                || cp == 0x2329 || cp == 0x232A
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) // CJK radicals … Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)            // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)            // CJK compatibility ideographs
                || (cp >= 0xFE10 && cp <= 0xFE19)            // vertical forms
                || (cp >= 0xFE30 && cp <= 0xFE6F)            // CJK compatibility forms, small forms
                || (cp >= 0xFF00 && cp <= 0xFF60)            // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)          // pictographs, emoticons
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD));        // CJK extensions B and beyond
    }
}
