package io.github.zhibiao.core;

import static io.github.zhibiao.core.Clauses.clauseEnd;
import static io.github.zhibiao.core.Clauses.segmentEnd;
import static io.github.zhibiao.core.Clauses.sentenceEnd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The document layer: reads a report's headings before its sentences are read, and gives each section a
 * {@link TimeFrame}. Headings come marked ("一、2025年工作回顾", "（二）…", "第一部分", "1.") or plain on a line of their
 * own when they frame time ("2026年重点工作", "“十五五”时期主要目标"); a heading broken over two lines is read as one.
 * A heading's frame comes from its words ({@code headings.tsv}: 回顾 reviews, 目标 and 安排 plan) and the period it
 * names; a section whose heading names neither takes its parent's frame.
 *
 * <p>Stateless and thread-safe; the word table is read once.
 */
final class DocumentReader {
    /** A plain heading (no list mark) is at most this long; a marked one's title at most {@link #MAX_MARKED}. */
    private static final int MAX_PLAIN = 30;
    private static final int MAX_MARKED = 60;
    /** A line this short and without punctuation after a heading continues it ("一、2025年工作\n回顾"). */
    private static final int MAX_CONTINUATION = 16;

    /** How a heading is marked, from the outermost to the innermost. */
    enum Mark {
        PART, PLAIN, NUMERAL, PAREN_NUMERAL, DIGIT, PAREN_DIGIT
    }

    /** A heading line: the title {@code [start, end)} and where the line (or its continuation) ends. */
    static final class Heading {
        final Mark mark;
        final int start;
        final int titleStart;
        final int end;
        final int lineEnd;

        Heading(Mark mark, int start, int titleStart, int end, int lineEnd) {
            this.mark = mark;
            this.start = start;
            this.titleStart = titleStart;
            this.end = end;
            this.lineEnd = lineEnd;
        }
    }

    private static final class Words {
        static final DictionaryMatcher<TimeFrame.Kind> MATCHER = load();

        private static DictionaryMatcher<TimeFrame.Kind> load() {
            Map<String, TimeFrame.Kind> map = new HashMap<>();
            for (String[] row : Lexicon.rows("headings.tsv", 2)) {
                map.put(row[0], TimeFrame.Kind.valueOf(row[1]));
            }
            return new DictionaryMatcher<>(map);
        }
    }

    private DocumentReader() {
    }

    /** Finds the headings of the normalized text {@code t}, in text order. */
    static List<Heading> headings(char[] t, Clauses clauses) {
        List<Heading> out = new ArrayList<>();
        int ls = 0;
        for (int i = 0; i <= t.length; i++) {
            if (i < t.length && t[i] != '\n') {
                continue;
            }
            Heading h = heading(t, clauses, ls, i);
            if (h != null) {
                out.add(h);
                i = Math.max(i, h.lineEnd);
            }
            ls = i + 1;
        }
        return out;
    }

    private static Heading heading(char[] t, Clauses clauses, int ls, int le) {
        int s = clauses.skipBlank(ls, le);
        int e = le;
        while (e > s && t[e - 1] == ' ') {
            e--;
        }
        if (e - s < 3) {
            return null;
        }
        Mark mark = null;
        int title = s;
        if (t[s] == '第' && s + 3 < e && (PeriodScanner.cnDigit(t[s + 1]) > 0 || t[s + 1] == '十')) {
            int k = s + 1;
            while (k < e && (PeriodScanner.cnDigit(t[k]) >= 0 || t[k] == '十')) {
                k++;
            }
            if (k < e && (t[k] == '部' && Clauses.at(t, k, e, "部分") || t[k] == '章' || t[k] == '篇')) {
                mark = Mark.PART;
                title = clauses.skipBlank(k + (t[k] == '部' ? 2 : 1), e);
            }
        }
        if (mark == null) {
            int after = clauses.skipListMarker(s, e);
            if (after > s) {
                boolean paren = t[s] == '(' || t[s] == '（';
                boolean digits = t[paren ? s + 1 : s] >= '0' && t[paren ? s + 1 : s] <= '9';
                if (digits && after < e && t[after] >= '0' && t[after] <= '9') {
                    return null; // "1.5万亿元" opens a sentence, not a list
                }
                mark = paren ? digits ? Mark.PAREN_DIGIT : Mark.PAREN_NUMERAL : digits ? Mark.DIGIT : Mark.NUMERAL;
                title = after;
            }
        }
        int end = e;
        boolean punctuated = false;
        for (int i = title; i < e; i++) {
            if (sentenceEnd(t[i]) || t[i] == '：' || t[i] == ':' || segmentEnd(t[i])) {
                end = i;
                punctuated = true;
                break;
            }
        }
        if (mark == null) {
            // A plain line is a heading only when it frames time and reads as a title: short, no clause marks.
            if (punctuated || e - s > MAX_PLAIN || hasClauseMark(t, s, e) || !framesTime(t, s, e)) {
                return null;
            }
            return new Heading(Mark.PLAIN, s, s, e, le);
        }
        if (end - title > MAX_MARKED || end <= title) {
            return null;
        }
        int lineEnd = le;
        if (!punctuated && end - title <= MAX_CONTINUATION + 8 && le < t.length) {
            // "一、2025年工作\n回顾": a short unpunctuated line right after a short heading continues it.
            int ns = clauses.skipBlank(le + 1, t.length);
            int ne = ns;
            while (ne < t.length && t[ne] != '\n') {
                ne++;
            }
            int nt = ne;
            while (nt > ns && t[nt - 1] == ' ') {
                nt--;
            }
            if (nt > ns && nt - ns <= MAX_CONTINUATION && !hasClauseMark(t, ns, nt) && !punctuatedAt(t, ns, nt)
                    && clauses.skipListMarker(ns, nt) == ns && !framesTime(t, title, end)
                    && framesTime(t, ns, nt)) {
                end = nt;
                lineEnd = ne;
            }
        }
        return new Heading(mark, s, title, end, lineEnd);
    }

    private static boolean hasClauseMark(char[] t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (clauseEnd(t[i]) && t[i] != '、' || segmentEnd(t[i]) || sentenceEnd(t[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean punctuatedAt(char[] t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (t[i] == '：' || t[i] == ':' || sentenceEnd(t[i])) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code t[s, e)} holds a review or plan word of {@code headings.tsv}. */
    static boolean framesTime(char[] t, int s, int e) {
        for (DictionaryMatcher.Match<TimeFrame.Kind> m : Words.MATCHER.find(t, s, e)) {
            if (m.value != TimeFrame.Kind.NONE) {
                return true;
            }
        }
        return false;
    }

    /** True when the heading names two different periods ("“十四五”时期发展成就和“十五五”时期主要目标任务"). */
    static boolean namesTwoPeriods(char[] t, Heading h, PeriodScanner.Years years) {
        Period first = null;
        for (PeriodScanner.Mention m : PeriodScanner.scan(t, h.titleStart, h.end, years, years.review)) {
            if (m.period == null || m.role == PeriodScanner.Role.BASE || m.role == PeriodScanner.Role.DATE) {
                continue;
            }
            if (first != null && !first.equals(m.period) && !first.encloses(m.period) && !m.period.encloses(first)) {
                return true;
            }
            first = first == null ? m.period : first;
        }
        return false;
    }

    /** The heading's own review or plan word: the last one it names, or NONE (回顾与展望 names both: NONE). */
    static TimeFrame.Kind kindWord(char[] t, Heading h) {
        TimeFrame.Kind found = TimeFrame.Kind.NONE;
        for (DictionaryMatcher.Match<TimeFrame.Kind> m : Words.MATCHER.find(t, h.titleStart, h.end)) {
            if (m.value == TimeFrame.Kind.NONE) {
                continue;
            }
            if (found != TimeFrame.Kind.NONE && found != m.value) {
                return TimeFrame.Kind.NONE;
            }
            found = m.value;
        }
        return found;
    }

    /**
     * The period a heading names: its first single year when it names one ("“十二五”时期和2015年工作回顾" → 2015,
     * the years of the plan being named in the sentences that speak of them: 五年来, 年均), else its first span.
     */
    static Period namedPeriod(char[] t, Heading h, PeriodScanner.Years years) {
        Period span = null;
        for (PeriodScanner.Mention m : PeriodScanner.scan(t, h.titleStart, h.end, years, years.review)) {
            if (m.period == null || m.role == PeriodScanner.Role.BASE || m.role == PeriodScanner.Role.DATE) {
                continue;
            }
            if (m.period.isYear()) {
                return m.period;
            }
            if (span == null && m.period.start().getMonthValue() == 1 && m.period.end().getMonthValue() == 12) {
                span = m.period;
            }
        }
        return span;
    }

    /** Gives each heading its level and frame and each section its span: the document's outline. */
    static List<Section> sections(char[] t, CharSequence text, List<Heading> headings, PeriodScanner.Years years) {
        boolean[] present = new boolean[Mark.values().length];
        for (Heading h : headings) {
            present[h.mark.ordinal()] = true;
        }
        int n = headings.size();
        int[] levels = new int[n];
        for (int k = 0; k < n; k++) {
            int level = 1;
            for (int m = 0; m < headings.get(k).mark.ordinal(); m++) {
                level += present[m] ? 1 : 0;
            }
            levels[k] = level;
        }
        List<Section> out = new ArrayList<>(n);
        TimeFrame[] open = new TimeFrame[Mark.values().length + 2];
        for (int k = 0; k < n; k++) {
            Heading h = headings.get(k);
            int level = levels[k];
            TimeFrame parent = TimeFrame.none();
            for (int l = level - 1; l >= 1; l--) {
                if (open[l] != null) {
                    parent = open[l];
                    break;
                }
            }
            TimeFrame frame = frame(t, h, years, parent);
            for (int l = level; l < open.length; l++) {
                open[l] = null;
            }
            open[level] = frame;
            int end = t.length;
            for (int j = k + 1; j < n; j++) {
                if (levels[j] <= level) {
                    end = headings.get(j).start;
                    break;
                }
            }
            out.add(Section.of(level, text.subSequence(h.start, h.end).toString(), h.start, h.end, end, frame));
        }
        return List.copyOf(out);
    }

    private static TimeFrame frame(char[] t, Heading h, PeriodScanner.Years years, TimeFrame parent) {
        TimeFrame.Kind word = kindWord(t, h);
        Period period = namedPeriod(t, h, years);
        if (period == null && parent.kind() != TimeFrame.Kind.NONE) {
            // Under "二、2012年目标任务", "（八）…确保民生工作取得新成绩" is still a plan: only a heading that names
            // its own period leaves the frame of its parent.
            return parent;
        }
        TimeFrame.Kind kind = word;
        if (kind == TimeFrame.Kind.NONE && period != null && namesTwoPeriods(t, h, years)) {
            return TimeFrame.none(); // a review and a plan under one heading: the sentences decide
        }
        if (kind == TimeFrame.Kind.NONE && period != null && years.report > 0) {
            // No word, but a period: one that is over is reviewed, one to come is planned.
            kind = period.end().getYear() <= years.review ? TimeFrame.Kind.REVIEW
                    : period.start().getYear() >= years.report ? TimeFrame.Kind.PLAN : TimeFrame.Kind.NONE;
        }
        if (kind == TimeFrame.Kind.NONE) {
            return period == null ? parent : TimeFrame.of(TimeFrame.Kind.NONE, period);
        }
        if (period == null) {
            if (parent.kind() == kind) {
                period = parent.period().orElse(null);
            } else if (kind == TimeFrame.Kind.REVIEW && years.review > 0 && parent.kind() == TimeFrame.Kind.NONE) {
                period = null; // "一、政府工作回顾": the sentences name the year or the five years
            } else if (kind == TimeFrame.Kind.PLAN && years.report > 0) {
                period = Period.year(years.report);
            }
        }
        return TimeFrame.of(kind, period);
    }
}
