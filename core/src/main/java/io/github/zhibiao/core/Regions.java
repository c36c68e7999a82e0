package io.github.zhibiao.core;

/**
 * Recognises region names (平阴县, 海拉尔区, 呼伦贝尔市) and collective words (全县, 我区) in normalized text: the
 * longest division of the {@link Gazetteer} that ends at an administrative suffix, else two Chinese chars before the
 * suffix (for zones and towns the gazetteer does not list), unless the word is known not to be a region (开发区, 城区,
 * 市场 …).
 *
 * <p>Stateless and thread-safe.
 */
final class Regions {
    private Regions() {
    }

    static boolean cjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /**
     * If {@code t[p]} is a region suffix ending a name, returns the name's start ({@code p - 2}); else -1.
     */
    static int nameStartingBefore(char[] t, int p, int from, int to) {
        return nameStartingBefore(t, p, from, to, false);
    }

    /**
     * As {@link #nameStartingBefore(char[], int, int, int)}; when {@code placed} is true the name stands where only a
     * region can (it opens a clause before a verb, or precedes 第…届人民代表大会), so a name whose last two chars
     * form a common word (雨[湖区], 东[城区], 岳[塘区]) is accepted too; three-char words (主城区) are still refused.
     */
    static int nameStartingBefore(char[] t, int p, int from, int to, boolean placed) {
        Lexicon lex = Lexicon.get();
        if (p - 2 < from || p >= to || !lex.regionSuffixes.get(t[p])) {
            return -1;
        }
        // A division of the gazetteer: the longest name ending here (海拉尔区, 呼伦贝尔市, 内蒙古自治区).
        int named = Gazetteer.get().nameEndingAt(t, from, p);
        if (named >= 0 && !(named - 1 >= from && t[named - 1] == '全')) {
            return named;
        }
        char a = t[p - 2];
        char b = t[p - 1];
        // 州 ends 自治州 names but is also the second char of many cities and provinces (贵州省, 杭州市, 赣州市).
        if (!cjk(a) || !cjk(b) || lex.regionNotFirst.get(a) || b != '州' && lex.regionSuffixes.get(b)
                || PeriodScanner.cnDigit(a) >= 0 || PeriodScanner.cnDigit(b) >= 0) {
            return -1;
        }
        if (lex.regionNotBody.contains(new String(t, p - 2, 2))) {
            return -1;
        }
        String two = new String(t, p - 1, 2);
        String three = new String(t, p - 2, 3);
        if (!placed && lex.regionNotName.contains(two) || lex.regionNotName.contains(three)
                || lex.collectiveWords.contains(two)) {
            return -1;
        }
        if (p + 1 < to) {
            String after = new String(t, p, 2);
            if (lex.regionNotName.contains(after)) {
                return -1;
            }
        }
        if (p - 3 >= from && cjk(t[p - 3])) {
            String four = new String(t, p - 3, 4);
            if (lex.regionNotName.contains(four)) {
                return -1;
            }
        }
        return p - 2;
    }
}
