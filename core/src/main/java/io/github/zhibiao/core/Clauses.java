package io.github.zhibiao.core;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Where sentences (。！？), segments (；) and clauses (，、：) of the normalized report text begin and end, and the small
 * word tests every reader of a sentence needs: in "力争到2030年，全市地区生产总值突破300亿元" {@link #opensClause} tells
 * that 2030年 opens its clause past the cue words 力争到.
 *
 * <p>One instance wraps the char buffer of one parse and holds no other state; it is confined to that parse's
 * thread like the buffer, whose line breaks the parse may blank out.
 */
final class Clauses {
    private static final int MAX_LINK_LINE = 80;
    /** Words that may open a clause before its period: "力争到2030年", "将力争全年", "截至6月底". */
    private static final String[] CLAUSE_OPENERS = Lexicon.words("CLAUSE_OPENERS");

    private final char[] t;
    private final Lexicon lex;

    Clauses(char[] t, Lexicon lex) {
        this.t = t;
        this.lex = lex;
    }

    static boolean sentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    static boolean segmentEnd(char c) {
        return c == '；' || c == ';';
    }

    static boolean clauseEnd(char c) {
        return c == '，' || c == ',' || c == '、' || c == '：' || c == ':';
    }

    /** True when {@code w} is written at {@code t[i]} and ends by {@code end}. */
    static boolean at(char[] t, int i, int end, String w) {
        if (i < 0 || i + w.length() > end) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (t[i + k] != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code w} is written at {@code i} and ends by {@code end}. */
    boolean at(int i, int end, String w) {
        return at(t, i, end, w);
    }

    int skipBlank(int i, int end) {
        while (i < end) {
            char c = t[i];
            if (c == ' ' || c == '\u201C' || c == '"' || c == '\u2014' || c == '▲' || c == '◎') {
                i++;
            } else if (c == '[') {
                int r = residueEnd(i, end);
                if (r == i) {
                    return i;
                }
                i = r;
            } else {
                return i;
            }
        }
        return i;
    }

    /** The end of converter residue such as "[bookmark: OLE_LINK10]" at {@code i}, or {@code i}. */
    private int residueEnd(int i, int end) {
        for (int j = i + 1; j < end && j - i < 80; j++) {
            char c = t[j];
            if (c == ']') {
                return j + 1;
            }
            if (c > 0x7F) {
                return i;
            }
        }
        return i;
    }

    /** Skips "一、", "（三）", "1." at the start of a sentence. */
    int skipListMarker(int i, int end) {
        int j = i;
        if (j < end && (t[j] == '(' || t[j] == '（')) {
            j++;
        }
        int k = j;
        while (k < end && k - j < 3 && (PeriodScanner.cnDigit(t[k]) >= 0 || t[k] == '十' || t[k] >= '0'
                && t[k] <= '9')) {
            k++;
        }
        if (k > j && k < end && (t[k] == '、' || t[k] == ')' || t[k] == '）' || t[k] == '.')) {
            return skipBlank(k + 1, end);
        }
        return i;
    }

    /** True when only blanks, a list marker or a cue word stand between a clause mark and {@code pos}. */
    boolean opensClause(int sentenceStart, int pos) {
        int i = pos - 1;
        while (i >= sentenceStart && (t[i] == ' ' || t[i] == '\u201C' || t[i] == '"')) {
            i--;
        }
        // "力争到2030年", "将力争全年": cue words may stand between the clause mark and the period.
        boolean moved = true;
        while (moved) {
            moved = false;
            for (String w : CLAUSE_OPENERS) {
                if (i - w.length() + 1 >= sentenceStart && at(i - w.length() + 1, pos, w)) {
                    i -= w.length();
                    moved = true;
                    break;
                }
            }
            // "长兴县将力争全年", "全县要确保": the region that speaks
            if (!moved && i - 2 >= sentenceStart && (Regions.nameStartingBefore(t, i, sentenceStart, pos) == i - 2
                    || lex.collectiveWords.contains(new String(t, i - 1, 2)))) {
                i -= Regions.nameStartingBefore(t, i, sentenceStart, pos) == i - 2 ? 3 : 2;
                moved = true;
            }
        }
        if (i < sentenceStart) {
            return true;
        }
        return clauseEnd(t[i]) || segmentEnd(t[i]) || t[i] == ']' || skipBlank(sentenceStart, pos) > i
                || skipListMarker(skipBlank(sentenceStart, pos), pos) > i;
    }

    /** "城镇居民人均可支配收入：\n42618元，增长4.8%": a name ending a line with a colon and its value on the next. */
    boolean valueOnNextLine(int ls, int nl) {
        int b = nl;
        while (b > ls && (t[b - 1] == ' ' || t[b - 1] == '\r')) {
            b--;
        }
        if (b == ls || t[b - 1] != '：' && t[b - 1] != ':') {
            return false;
        }
        int a = nl + 1;
        while (a < t.length && t[a] == ' ') {
            a++;
        }
        return a < t.length && t[a] >= '0' && t[a] <= '9';
    }

    /**
     * A short line that ends with a numeric date ("· 前三季度我市GDP增长5.1% 2023-10-25") is a link to another
     * page, as in 相关新闻 lists; its figures belong to that page. The date may stand in brackets ("（2025-07-25）").
     */
    boolean linkLine(int s, int e) {
        if (e - s > 1 && (t[e - 1] == ')' || t[e - 1] == '）' || t[e - 1] == ']')) {
            e--;
        }
        if (e - s > MAX_LINK_LINE || e - s < 10) {
            return false;
        }
        int d = e - 10;
        for (int k = 0; k < 10; k++) {
            char c = t[d + k];
            boolean sep = k == 4 || k == 7;
            if (sep ? c != '-' && c != '/' && c != '.' : c < '0' || c > '9') {
                return false;
            }
        }
        return d == s || t[d - 1] == ' ' || t[d - 1] == '(' || t[d - 1] == '（' || t[d - 1] == '[';
    }

    /** The elements of a list sorted by start whose start is in {@code [from, to)}, as a view. */
    static <T> List<T> within(List<T> sorted, ToIntFunction<T> start, int from,
            int to) {
        int lo = lowerBound(sorted, start, from);
        int hi = lowerBound(sorted, start, to);
        return sorted.subList(lo, Math.max(lo, hi));
    }

    private static <T> int lowerBound(List<T> sorted, ToIntFunction<T> start, int key) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(sorted.get(mid)) < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The position before the words of {@code words} that end at {@code b}, in any order and number. */
    int backOver(int b, String[] words) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (String w : words) {
                if (at(b - w.length(), b, w)) {
                    b -= w.length();
                    moved = true;
                }
            }
        }
        return b;
    }

    boolean wordBetween(int from, int to, String w) {
        for (int i = from; i + w.length() <= to; i++) {
            if (at(i, to, w)) {
                return true;
            }
        }
        return false;
    }
}
