package io.github.zhibiao.core;

import static io.github.zhibiao.core.Clauses.clauseEnd;
import static io.github.zhibiao.core.Clauses.segmentEnd;

import io.github.zhibiao.core.Sentence.Anchor;
import io.github.zhibiao.core.Sentence.Item;
import io.github.zhibiao.numbers.Dimension;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * Links the values of a sentence to the indicator names in it: each name takes the values of its own clause and of the
 * later clauses that only continue it ("地区生产总值增长5.2%，增速比上年提高0.8个百分点"), and values no catalog name
 * took are named by the phrase before them as OTHER ("接待游客1150万人次" → 接待游客).
 *
 * <p>One instance links one sentence, on one thread; it is mutable and not shared.
 */
final class Linker {
    /** A bracketed note ("（不含定州，下同）") linking passes over is at most this long. */
    private static final int MAX_NOTE = 20;
    static final int MAX_OTHER_NAME = 14;
    /** The longest opener of a breakdown by region: 分县（市、区）看. */
    private static final int MAX_OPENER = 10;
    private static final String[] OTHER_HEADS = Lexicon.words("OTHER_HEADS");
    private static final String[] COUNT_HEADS = Lexicon.words("COUNT_HEADS");
    private static final String[] PEOPLE_HEADS = Lexicon.words("PEOPLE_HEADS");
    /** Things counted in units (辆, 台, 部) whose output is an indicator of a region: 汽车产量70万辆. */
    private static final String[] OUTPUT_HEADS = Lexicon.words("OUTPUT_HEADS");
    private static final String[] OTHER_LEADS = Lexicon.words("OTHER_LEADS");
    /**
     * Words of a name that make it a figure of the government's projects (项目, 年度计划投资, 签约总金额): actions, not
     * the region's indicators.
     */
    private static final String[] PROJECT_WORDS = Lexicon.words("PROJECT_WORDS");
    private static final String[] OTHER_TAILS = Lexicon.words("OTHER_TAILS");

    private final Sentence sentence;
    private final ParseState parse;
    private final char[] t;
    private final Clauses clauses;
    private final Roles roles;
    private final StatementMaker maker;
    /** A segment mark that linking may pass over (see {@link #impliedName}), or -1. */
    private int crossable = -1;

    Linker(Sentence sentence, Roles roles, StatementMaker maker) {
        this.sentence = sentence;
        this.parse = sentence.parse;
        this.t = sentence.t;
        this.clauses = sentence.clauses;
        this.roles = roles;
        this.maker = maker;
    }

    /**
     * True when the segment at {@code i} names no indicator of its own but opens with 其中 and a period or with a
     * period and 当月 ("其中，11月份当月增长6.8%"): it speaks of the indicator of the segment before.
     */
    private boolean impliedName(int i) {
        int j = clauses.skipBlank(i, sentence.se);
        boolean among = clauses.at(j, sentence.se, "其中");
        if (among) {
            j += 2;
            while (j < sentence.se && (clauseEnd(t[j]) || t[j] == ' ')) {
                j++;
            }
        }
        for (PeriodScanner.Mention m : sentence.periods) {
            if (m.start == j && m.period != null) {
                int k = m.end;
                return among || clauses.at(k, sentence.se, "当月") || clauses.at(k, sentence.se, "单月");
            }
        }
        // "其中，湘潭县增长6.1%，湘乡市增长5.8%": the same indicator, region by region.
        return among && sentence.regionAt(j) > j;
    }

    /**
     * Where a sentence that names no indicator goes on region by region about the one named before ("分县市区看，
     * 湘潭县增长8.9%，雨湖区增长7.6%"): the start of its first region, after an opener (分…看, 其中); else -1.
     */
    private int breakdownStart() {
        int j = clauses.skipBlank(sentence.ss, sentence.se);
        if (clauses.at(j, sentence.se, "其中")) {
            j += 2;
        } else if (clauses.at(j, sentence.se, "分") || clauses.at(j, sentence.se, "从")) {
            int k = j + 1;
            while (k < sentence.se && k - j < MAX_OPENER && t[k] != '看' && (t[k] == '、' || !clauseEnd(t[k]))) {
                k++;
            }
            if (k >= sentence.se || t[k] != '看') {
                return -1;
            }
            j = k + 1;
        } else {
            return -1;
        }
        while (j < sentence.se && (clauseEnd(t[j]) || t[j] == ' ')) {
            j++;
        }
        return sentence.regionAt(j) > j ? j : -1;
    }

    /** Links every name of the sentence, then the values left over as OTHER. */
    void run() {
        if (sentence.anchors.isEmpty() && sentence.named != null) {
            int j = sentence.named.title ? clauses.skipBlank(sentence.ss, sentence.se) : breakdownStart();
            if (j >= 0) {
                sentence.anchors.add(new Anchor(j, j, sentence.named.indicator, sentence.named.name));
            }
        }
        for (int a = 0; a < sentence.anchors.size(); a++) {
            Anchor an = sentence.anchors.get(a);
            int limit = sentence.segmentEndAfter(an.end);
            int next = a + 1 < sentence.anchors.size() ? sentence.anchors.get(a + 1).start : sentence.se;
            crossable = -1;
            if (limit < next && limit < sentence.se && impliedName(limit + 1)) {
                // "…增长4.2%；其中，11月份当月增长6.8%": the next segment goes on about the same indicator.
                crossable = limit;
                limit = sentence.segmentEndAfter(limit + 1);
            }
            link(an, Math.min(limit, next));
        }
        crossable = -1;
        others();
    }

    /** Creates OTHER statements for values no catalog indicator took, named by the phrase before them. */
    private void others() {
        for (Item it : sentence.items) {
            if (it.used || it.q == null) {
                continue;
            }
            Quantity q = it.q.quantity();
            Dimension d = q.unit().dimension();
            if (d == Dimension.TIME || d == Dimension.NONE) {
                continue;
            }
            int from = sentence.clauseStart(it.start);
            for (Item other : sentence.items) {
                if (other != it && other.end <= it.start && other.end > from) {
                    from = other.end;
                }
            }
            for (Anchor an : sentence.anchors) {
                if (an.linked && an.end <= it.start && an.end > from) {
                    from = an.end;
                }
            }
            for (PeriodScanner.Mention m : sentence.periods) {
                if (m.end <= it.start && m.end > from) {
                    from = m.end;
                }
            }
            boolean firms = q.unit() != Unit.COUNT || q.classifier().map("家"::equals).orElse(false);
            // Counted things other than firms (项, 个, 处) are mostly the government's projects, unless they
            // are the output of an industry (汽车产量70万辆).
            Anchor implied = impliedByEarlierName(from, it.start);
            if (implied != null) {
                link(implied, sentence.segmentEndAfter(it.start));
                continue;
            }
            int[] span = otherName(from, it.start, firms ? heads(q) : OUTPUT_HEADS);
            if (span == null) {
                continue;
            }
            Anchor an = new Anchor(span[0], span[1], Indicator.other());
            link(an, sentence.segmentEndAfter(it.start));
        }
    }

    /**
     * "粮食种植面积稳定在53万亩左右，总产量保持在20.5万吨以上": a name cut short (总产量) that, with the start of an
     * indicator named earlier in the sentence (粮食), is a catalog name (粮食总产量); null when there is none.
     */
    private Anchor impliedByEarlierName(int from, int to) {
        int s = clauses.skipBlank(from, to);
        int e = trimTails(s, to);
        if (e - s < 2 || e - s > 6) {
            return null;
        }
        for (int i = s; i < e; i++) {
            if (!Regions.cjk(t[i])) {
                return null;
            }
        }
        Anchor earlier = null;
        for (Anchor a : sentence.anchors) {
            if (a.linked && a.end <= from && !a.indicator.isOther()) {
                earlier = a;
            }
        }
        if (earlier != null) {
            Anchor found = completed(earlier.start, earlier.end - earlier.start - 1, s, e, earlier.indicator.code());
            if (found != null) {
                return found;
            }
        }
        // "粮食连续五年增产，总产量52850万吨": the topic that opens the sentence, when it is no indicator itself.
        int topic = clauses.skipBlank(clauses.skipListMarker(clauses.skipBlank(sentence.ss, s), s), s);
        while (topic + 2 <= s && (parse.lex.collectiveWords.contains(new String(t, topic, 2))
                || clauses.at(topic, s, "全国") || clauses.at(topic, s, "我国"))) {
            topic += 2; // 全国粮食…, 全省粮食…
        }
        if (topic >= from || topic + 2 > s || sentence.clauseStart(topic) == sentence.clauseStart(s)) {
            return null;
        }
        return completed(topic, 4, s, e, null);
    }

    /**
     * The catalog name that the first 2 to {@code maxLen} chars at {@code prefix} and the cut name {@code t[s, e)}
     * make together (粮食 + 总产量 → 粮食总产量), other than {@code notCode}; null when there is none.
     */
    private Anchor completed(int prefix, int maxLen, int s, int e, String notCode) {
        for (int len = Math.min(4, maxLen); len >= 2; len--) {
            if (prefix + len > t.length || !Regions.cjk(t[prefix]) || !Regions.cjk(t[prefix + len - 1])) {
                continue;
            }
            char[] name = new char[len + e - s];
            System.arraycopy(t, prefix, name, 0, len);
            System.arraycopy(t, s, name, len, e - s);
            for (DictionaryMatcher.Match<Indicator> m : parse.catalog.matcher().find(name, 0, name.length)) {
                if (m.start == 0 && m.end == name.length && !m.value.code().equals(notCode)) {
                    return new Anchor(s, e, m.value);
                }
            }
        }
        return null;
    }

    /** The end of {@code t[s, e)} without the verbs and particles of {@link #OTHER_TAILS} and spaces at its end. */
    private int trimTails(int s, int e) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String w : OTHER_TAILS) {
                if (e - w.length() > s && clauses.at(e - w.length(), e, w)) {
                    e -= w.length();
                    changed = true;
                }
            }
            while (e > s && t[e - 1] == ' ') {
                e--;
                changed = true;
            }
        }
        return e;
    }

    private String[] heads(Quantity q) {
        switch (q.unit()) {
            case COUNT:
                return COUNT_HEADS;
            case PERSON:
            case PERSON_TIME:
            case HOUSEHOLD:
                return PEOPLE_HEADS;
            default:
                return OTHER_HEADS;
        }
    }

    /** The name of an unknown indicator in {@code [from, to)}, trimmed of verbs, or null. */
    private int[] otherName(int from, int to, String[] heads) {
        int s = clauses.skipBlank(from, to);
        // Skip a region or collective word (全县, 平阴县) at the front.
        List<DictionaryMatcher.Match<String>> collectives = parse.lex.collectives.find(t, s, to);
        if (!collectives.isEmpty() && collectives.get(0).start == s) {
            s = collectives.get(0).end;
        }
        if (s + 2 < to && Regions.nameStartingBefore(t, s + 2, s, to) == s) {
            s += 3;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String w : OTHER_LEADS) {
                if (clauses.at(s, to, w) && to - s > w.length() + 1) {
                    s += w.length();
                    changed = true;
                }
            }
        }
        int e = trimTails(s, to);
        if (e - s < 3 || e - s > MAX_OTHER_NAME + 6) {
            return null;
        }
        int cjk = 0;
        for (int i = s; i < e; i++) {
            char c = t[i];
            if (Regions.cjk(c)) {
                cjk++;
            } else if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '\u201C'
                    || c == '\u201D' || c == '、')) {
                return null;
            }
        }
        if (cjk > MAX_OTHER_NAME || t[s] == '总' || projectName(new String(t, s, e - s)) || definition(s)) {
            return null;
        }
        int he = e;
        while (he > s && (t[he - 1] == '\u201D' || t[he - 1] == '"')) {
            he--;
        }
        for (String head : heads) {
            if (clauses.at(he - head.length(), he, head)) {
                return new int[] {s, e};
            }
        }
        return null;
    }

    /** True for the body of a glossary entry: "规上工业企业：指年主营业务收入2000万元及以上的…". */
    private boolean definition(int s) {
        int p = s - 1;
        while (p >= 0 && t[p] == ' ') {
            p--;
        }
        return t[s] == '指' && p >= 0 && (t[p] == '：' || t[p] == ':');
    }

    private static boolean projectName(String name) {
        for (String w : PROJECT_WORDS) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private void link(Anchor an, int limit) {
        Indicator ind = an.indicator;
        Dimension expected = ind.dimension().orElse(null);
        int anchorClause = sentence.clauseStart(an.end);
        int lastClause = anchorClause;
        List<Item> taken = new ArrayList<>();
        // A level written before the name: 改造提升[5万亩]高标准农田.
        for (Item it : sentence.items) {
            if (!it.used && it.q != null && it.end <= an.start && an.start - it.end <= 1
                    && it.start >= sentence.clauseStart(an.start) && expected != null
                    && it.q.quantity().unit().dimension() == expected) {
                taken.add(it);
            }
        }
        int prevEnd = an.end;
        for (Item it : sentence.items) {
            if (it.used || it.start < an.end || it.start >= limit) {
                continue;
            }
            int clause = sentence.clauseStart(it.start);
            if (clause != lastClause) {
                // A later clause continues this indicator only when it opens with connector words.
                int gapFrom = Math.max(clause, prevEnd);
                if (!continues(gapFrom, it.start)
                        || !adjacentClauses(prevEnd, clause) && !(taken.isEmpty() && opensWithOutcome(clause))
                        || !fitsLater(it, taken, expected)) {
                    break;
                }
                lastClause = clause;
            }
            taken.add(it);
            prevEnd = it.end;
        }
        if (taken.isEmpty()) {
            return;
        }
        maker.emit(an, roles.classify(an, taken, expected));
    }

    /**
     * A later clause that opens with a plain level continues only with the same kind of level: "公路总里程增至
     * 1055公里，3座跨黄通道…" does not make 3座 a road length.
     */
    private boolean fitsLater(Item it, List<Item> taken, Dimension expected) {
        if (it.q == null || it.q.quantity().change().isPresent() || roles.rateWordBefore(it)
                || roles.progressWordBefore(it) || roles.shareWordBefore(it)) {
            return true;
        }
        Dimension d = it.q.quantity().unit().dimension();
        if (expected != null) {
            return d == expected;
        }
        for (Item prev : taken) {
            if (prev.q != null) {
                return prev.q.quantity().unit().dimension() == d;
            }
        }
        return false;
    }

    /**
     * True when the clause at {@code clause} opens with an estimate or an outcome (预计, 实际): after a clause of the
     * indicator that gives no number ("计划增长与经济增长同步，预计增长5.3%"), it still speaks of that indicator.
     */
    private boolean opensWithOutcome(int clause) {
        int s = clauses.skipBlank(clause, sentence.se);
        for (DictionaryMatcher.Match<Lexicon.CueRole> c : sentence.cues) {
            if (c.start == s && (c.value == Lexicon.CueRole.ESTIMATE || c.value == Lexicon.CueRole.ACTUAL)) {
                return true;
            }
        }
        return false;
    }

    /** True when nothing but clause marks and connectors stand between {@code prevEnd} and {@code clause}. */
    private boolean adjacentClauses(int prevEnd, int clause) {
        return continues(prevEnd, clause);
    }

    private boolean continues(int from, int to) {
        int i = from;
        while (i < to) {
            if (i == crossable) {
                i++;
                continue;
            }
            int skip = skippable(i);
            if (skip > i) {
                i = skip;
                continue;
            }
            int j = i;
            while (j < to && skippable(j) == j && j != crossable) {
                j++;
            }
            if (!parse.lex.onlyConnectors(t, i, j)) {
                return false;
            }
            i = j;
        }
        return true;
    }

    /** The end of a period or share denominator starting at {@code i}, or {@code i} when none does. */
    private int skippable(int i) {
        if (i > sentence.ss && (clauseEnd(t[i - 1]) || segmentEnd(t[i - 1]) || clauses.at(i - 2, i, "其中"))) {
            int r = sentence.regionAt(i);
            if (r > i) {
                return r; // a region opening a clause: the indicator named before, for that region
            }
        }
        for (PeriodScanner.Mention m : sentence.periods) {
            if (m.start == i) {
                return Math.max(m.end, i + 1);
            }
        }
        for (int[] d : sentence.denominators) {
            if (d[0] == i) {
                return d[1];
            }
        }
        for (int[] d : sentence.milestones) {
            if (d[0] == i) {
                return d[1];
            }
        }
        if (t[i] == '（' || t[i] == '(') {
            // "2650.6亿元（不含定州，下同）、增长9%": a note in brackets between a level and its change.
            for (int k = i + 1; k < sentence.se && k - i <= MAX_NOTE; k++) {
                if (t[k] == '）' || t[k] == ')') {
                    return sentence.overlapsItem(i, k) ? i : k + 1;
                }
            }
        }
        return i;
    }
}
