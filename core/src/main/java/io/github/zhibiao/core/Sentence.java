package io.github.zhibiao.core;

import static io.github.zhibiao.core.Clauses.clauseEnd;
import static io.github.zhibiao.core.Clauses.segmentEnd;
import static io.github.zhibiao.core.Clauses.sentenceEnd;

import io.github.zhibiao.numbers.Qualifier;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.QuantityMention;
import io.github.zhibiao.numbers.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One sentence and what is mentioned in it, the context its {@link Linker}, {@link Roles}, {@link StatementMaker},
 * {@link SubjectResolver} and {@link KindDecider} share: the values and ranks, the indicator names, cue words and
 * periods, and where its clauses begin. Finding the names sorts out those that are no indicator of the region: in
 * "民生支出占财政支出的80.9%" 财政支出 is a denominator, in "数字经济增长15%" 经济增长 is a part of the economy, in
 * "天能集团完成产值" the figure is a firm's, and in "跨越5万亿元台阶" the value is a threshold crossed.
 *
 * <p>One instance reads one sentence of one parse, on one thread; it is mutable and not shared.
 */
final class Sentence {
    /** Words that open a clause comparing a growth rate with another region's or period's. */
    private static final String[] COMPARISON_OPENERS = Lexicon.words("COMPARISON_OPENERS");
    /** Verbs that may stand between an industry and an indicator's name: "玫瑰产业1-7月实现网络零售额". */
    private static final String[] CLAUSE_VERBS = Lexicon.words("CLAUSE_VERBS");
    /** Words that end a firm's name: its figures are not the region's. */
    private static final String[] FIRM_WORDS = Lexicon.words("FIRM_WORDS");
    /** Verbs before a threshold crossed: 跨越5万亿元台阶. */
    private static final String[] MILESTONE_VERBS = Lexicon.words("MILESTONE_VERBS");
    /** Indicators that are normally written after an industry name (玫瑰产业产值), so it does not narrow them. */
    static final Set<String> INDUSTRY_SCOPED = Set.of("INDUSTRY_OUTPUT", "BRAND_VALUE");

    /** A quantity or a rank in a sentence. */
    static final class Item {
        final int start;
        final int end;
        final QuantityMention q;
        final Rank rank;
        boolean used;

        Item(int start, int end, QuantityMention q, Rank rank) {
            this.start = start;
            this.end = end;
            this.q = q;
            this.rank = rank;
        }
    }

    /** An indicator name (from the catalog, or a phrase for OTHER) that values are linked to. */
    static final class Anchor {
        final int start;
        final int end;
        final Indicator indicator;
        boolean linked;
        /** "天能集团、超威集团分别完成产值": a firm's figure, linked so that it is skipped, never reported. */
        boolean firm;
        /** The name as written, when it is not the text at {@code [start, end)}: an indicator named before. */
        final String name;
        /** "1.地区生产总值。计划增长6%左右": a name standing as a sentence of its own, the title of what follows. */
        boolean title;

        Anchor(int start, int end, Indicator indicator) {
            this(start, end, indicator, null);
        }

        Anchor(int start, int end, Indicator indicator, String name) {
            this.start = start;
            this.end = end;
            this.indicator = indicator;
            this.name = name;
        }
    }

    final ParseState parse;
    final char[] t;
    final CharSequence text;
    final Clauses clauses;
    final int ss;
    final int se;
    final List<Item> items = new ArrayList<>();
    final List<Anchor> anchors = new ArrayList<>();
    final List<DictionaryMatcher.Match<Lexicon.CueRole>> cues = new ArrayList<>();
    final List<PeriodScanner.Mention> periods = new ArrayList<>();
    final List<int[]> denominators = new ArrayList<>();
    /** "先后跨越5万亿元、6万亿元两个台阶": thresholds crossed, not levels; skipped when linking. */
    final List<int[]> milestones = new ArrayList<>();
    final PeriodScanner.Mention paragraphPeriod;
    final boolean heading;
    /** The indicator linked last in the sentences before, in the same paragraph, or null. */
    final Anchor named;

    Sentence(ParseState parse, int ss, int se, List<QuantityMention> qs, List<DictionaryMatcher.Match<Indicator>> inds,
            List<DictionaryMatcher.Match<Lexicon.CueRole>> allCues, List<PeriodScanner.Mention> allPeriods,
            List<Item> ranks, PeriodScanner.Mention paragraphPeriod, boolean heading, Anchor named) {
        this.parse = parse;
        this.t = parse.t;
        this.text = parse.text;
        this.clauses = parse.clauses;
        this.ss = ss;
        this.se = se;
        this.named = named;
        this.paragraphPeriod = paragraphPeriod;
        this.heading = heading;
        for (PeriodScanner.Mention m : allPeriods) {
            if (m.start >= ss && m.end <= se) {
                periods.add(m);
            }
        }
        for (DictionaryMatcher.Match<Lexicon.CueRole> c : allCues) {
            if (c.start >= ss && c.end <= se && c.value != Lexicon.CueRole.NONE) {
                cues.add(c);
            }
        }
        for (DictionaryMatcher.Match<Indicator> m : inds) {
            if (m.start < ss || m.end > se) {
                continue;
            }
            int b = m.start - 1;
            if (b >= ss && (t[b] == '占' || t[b] == '与' && clauses.at(m.end, se, "之比") || t[b] == '在'
                    && (clauses.at(m.end, se, "中的比重") || clauses.at(m.end, se, "中所占比重")
                    || clauses.at(m.end, se, "中的占比") || clauses.at(m.end, se, "中占比")
                    || clauses.at(m.end, se, "中所占的比重")))) {
                denominators.add(new int[] {m.start, m.end});
                continue; // the denominator of a share: 民生支出占[财政支出]的80.9%, 与[国内生产总值]之比
            }
            if (clauses.at(m.start, m.end, "经济") && compoundBefore(m.start)) {
                continue; // 数字经济增长15%, 海洋经济增速: a part of the economy, not 经济增长 as a whole
            }
            int statEnd = anotherStatistic(m.start, m.end);
            if (statEnd > m.end) {
                // 万元地区生产总值用水量, 亿元GDP生产安全事故死亡率: another statistic, of which the name is a part.
                int ns = clauses.skipBlank(clauseStart(m.start), m.start);
                anchors.add(new Anchor(ns, statEnd, Indicator.other()));
                sharedPrefixList(ns, m.end, statEnd);
                continue;
            }
            if (narrowedByIndustry(m.start) && !INDUSTRY_SCOPED.contains(m.value.code())) {
                // 第一产业[固定资产投资]: a narrower indicator than the catalog's.
                int ns = clauseStart(m.start);
                ns = clauses.skipBlank(ns, m.start);
                anchors.add(new Anchor(ns, m.end, Indicator.other()));
                continue;
            }
            Anchor an = new Anchor(m.start, m.end, m.value);
            an.firm = namedAfterFirm(m.start);
            anchors.add(an);
            sharedHeadList(m.start, m.end);
        }
        for (QuantityMention q : qs) {
            if (q.quantity().change().isPresent()) {
                trimAnchorBefore(q.start(), q.end());
            }
            if (q.start() < ss || q.end() > se || overlapsPeriod(q.start(), q.end())
                    || insideAnchor(q.start(), q.end()) || comparison(q)) {
                continue;
            }
            if (milestone(q.start(), q.end())) {
                if (!singleMilestone(q.start(), q.end())) {
                    continue;
                }
                // "地区生产总值跨越5000亿元大关": one threshold crossed, a level of more than 5000亿元; linking passes
                // over the verb and over 大关 on either side of it.
                int[] m = milestones.remove(milestones.size() - 1);
                milestones.add(new int[] {m[0], q.start()});
                milestones.add(new int[] {q.end(), m[1]});
                q = QuantityMention.of(q.text(), q.start(), q.end(), q.quantity().withQualifier(Qualifier.MORE_THAN));
            }
            if (q.start() > ss && t[q.start() - 1] == '每' && q.quantity().change().isPresent()) {
                continue; // 国内生产总值每增长1个百分点: a unit of comparison, not a change
            }
            if (q.quantity().qualifier() == Qualifier.EXACT && q.quantity().change().isEmpty()) {
                for (String w : Lexicon.words("CEILING_VERBS")) {
                    if (clauses.at(q.start() - w.length(), q.start(), w)) {
                        // "城镇调查失业率控制在5.5%": a ceiling, at most 5.5% (左右 or 以内 written after it still win)
                        q = QuantityMention.of(q.text(), q.start(), q.end(), q.quantity().withQualifier(Qualifier.AT_MOST));
                        break;
                    }
                }
            }
            if (threshold(q)) {
                continue; // 经济总量超100亿元的县域增至12个: the bar a group of counties passed, not a level
            }
            Quantity qu = q.quantity();
            if (qu.unit() == Unit.NUMBER && qu.magnitude().compareTo(BigDecimal.ONE) <= 0
                    && qu.change().isEmpty()) {
                continue; // a bare number is not a value of an indicator
            }
            items.add(new Item(q.start(), q.end(), q, null));
        }
        for (Item r : ranks) {
            if (r.start >= ss && r.end <= se && !overlapsItem(r.start, r.end)) {
                items.add(r);
            }
        }
        items.sort(Comparator.comparingInt(i -> i.start));
    }

    /**
     * True when the quantity is a gap to a larger region or an earlier period in a clause of its own ("高于全省0.5个
     * 百分点", "比上半年加快0.4个百分点"); records the clause so that linking passes over it.
     */
    private boolean comparison(QuantityMention q) {
        if (q.quantity().unit() != Unit.PERCENTAGE_POINT) {
            return false;
        }
        int cs = clauses.skipBlank(clauseStart(q.start()), q.start());
        for (String w : COMPARISON_OPENERS) {
            if (clauses.at(cs, q.start(), w)) {
                milestones.add(new int[] {cs, q.end()});
                return true;
            }
        }
        return false;
    }

    /**
     * True when the quantity at {@code [s, e)} names a threshold crossed ("跨越5万亿元、6万亿元两个台阶",
     * "迈上千亿大关"); records the span from the verb to 台阶 so that linking can pass over it.
     */
    private boolean milestone(int s, int e) {
        int limit = Math.min(se, e + 12);
        int end = -1;
        for (int i = e; i < limit; i++) {
            char c = t[i];
            if (sentenceEnd(c) || segmentEnd(c) || c == '，' || c == ',') {
                break;
            }
            if (clauses.at(i, se, "台阶") || clauses.at(i, se, "大关") || clauses.at(i, se, "关口")) {
                end = i + 2;
                break;
            }
        }
        if (end < 0) {
            return false;
        }
        int start = s;
        for (String w : MILESTONE_VERBS) {
            if (clauses.at(s - w.length(), s, w)) {
                start = s - w.length();
                break;
            }
        }
        if (clauses.at(start - 2, start, "先后") || clauses.at(start - 2, start, "相继")
                || clauses.at(start - 2, start, "连续")) {
            start -= 2;
        }
        milestones.add(new int[] {start, end});
        return true;
    }

    /**
     * True when the milestone just recorded for {@code [s, e)} crosses one threshold right after its verb
     * ("跨越5000亿元大关"), not several (先后跨越5万亿元、6万亿元两个台阶) nor one named without a verb.
     */
    private boolean singleMilestone(int s, int e) {
        int[] m = milestones.get(milestones.size() - 1);
        if (m[0] == s || !Character.isDigit(t[s])) {
            return false;
        }
        for (String w : Lexicon.words("MILESTONE_SERIES")) {
            if (clauses.at(m[0], s, w)) {
                return false;
            }
        }
        for (int i = e; i < m[1]; i++) {
            if (t[i] == '、' || t[i] == '和' || PeriodScanner.cnDigit(t[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The end of a region name (湘潭县, 韶山市) that starts at {@code i}, or {@code i}. */
    int regionAt(int i) {
        return i + 2 < se && Regions.nameStartingBefore(t, i + 2, ss, se, true) == i ? i + 3 : i;
    }

    /**
     * True when a noun stands right before {@code pos} ("数字[经济增长]"), not a clause mark, a region, a year or a
     * verb that opens a statement (确保, 全年, 实现).
     */
    private boolean compoundBefore(int pos) {
        int b = pos;
        while (b > ss && t[b - 1] == ' ') {
            b--;
        }
        if (b == ss || !Regions.cjk(t[b - 1]) || parse.lex.regionSuffixes.get(t[b - 1]) || t[b - 1] == '年') {
            return false;
        }
        if (b - 2 >= ss) {
            String before = new String(t, b - 2, 2);
            boolean national = "全国".equals(parse.context.region().orElse(null))
                    && (before.equals("我国") || before.equals("全国"));
            if (national || parse.lex.collectiveWords.contains(before)) {
                return false; // "全省经济增长", and in a national report "我国经济总量": the whole region's economy
            }
        }
        for (PeriodScanner.Mention m : periods) {
            if (m.end == b) {
                return false; // "第3季[經濟成長率]": a period, not a noun
            }
        }
        for (String w : Lexicon.words("CLAUSE_LEADS")) {
            if (clauses.at(b - w.length(), b, w)) {
                return false;
            }
        }
        return true;
    }

    /** "天能集团、超威集团分别完成产值": a firm (集团, 公司) stands right before the name, past verbs. */
    private boolean namedAfterFirm(int anchorStart) {
        int b = clauses.backOver(anchorStart, Lexicon.words("VALUE_LEADS"));
        for (String w : FIRM_WORDS) {
            if (clauses.at(b - w.length(), b, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of another statistic's name that {@code [start, end)} is part of, or {@code end}: a head noun right
     * after it (地区生产总值[用水量], GDP[生产安全事故死亡率]) or a per-unit prefix before it ([万元]GDP…, [每亿元]…) followed
     * by more of a name. The words are in {@code words.tsv} (STATISTIC_HEADS, PER_UNIT_PREFIXES).
     */
    private int anotherStatistic(int start, int end) {
        for (String w : Lexicon.words("STATISTIC_HEADS")) {
            if (clauses.at(end, se, w)) {
                return end + w.length();
            }
        }
        for (String w : Lexicon.words("PER_UNIT_PREFIXES")) {
            if (clauses.at(start - w.length(), start, w) && end < se && Regions.cjk(t[end])) {
                int e = end;
                while (e < se && Regions.cjk(t[e]) && !clauses.at(e, se, "下降") && !clauses.at(e, se, "降低")
                        && !clauses.at(e, se, "增长") && !clauses.at(e, se, "为") && !clauses.at(e, se, "达")
                        && !clauses.at(e, se, "比")) {
                    e++;
                }
                return e;
            }
        }
        return end;
    }

    /**
     * "单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%": the items listed with 、 after a name share its
     * prefix {@code t[prefixStart, prefixEnd)}; each item the prefix makes a catalog name of (单位国内生产总值 + 能耗 →
     * ENERGY_INTENSITY) becomes an anchor of its own, so that 分别 gives it its rate.
     */
    private void sharedPrefixList(int prefixStart, int prefixEnd, int nameEnd) {
        int i = nameEnd;
        while (i < se && t[i] == '、') {
            int s = i + 1;
            int e = s;
            while (e < se && e - s < 10 && Regions.cjk(t[e]) && !clauses.at(e, se, "分别")) {
                e++;
            }
            if (e == s || e - s >= 10) {
                return;
            }
            boolean known = false;
            for (DictionaryMatcher.Match<Indicator> m : parse.catalog.matcher().find(t, s, e)) {
                known |= m.start == s && m.end == e; // a name of its own: found as such
            }
            if (known) {
                i = e;
                continue;
            }
            char[] name = new char[prefixEnd - prefixStart + e - s];
            System.arraycopy(t, prefixStart, name, 0, prefixEnd - prefixStart);
            System.arraycopy(t, s, name, prefixEnd - prefixStart, e - s);
            for (DictionaryMatcher.Match<Indicator> m : parse.catalog.matcher().find(name, 0, name.length)) {
                if (m.start == 0 && m.end == name.length) {
                    anchors.add(new Anchor(s, e, m.value));
                }
            }
            i = e;
        }
    }

    /**
     * "地方财政收入、支出分别突破300亿元和3000亿元": an item listed with 、 right after a name stands for the name with
     * its last word replaced (地方财政 + 支出 → GENERAL_BUDGET_EXPENDITURE); each item that makes a catalog name so
     * becomes an anchor of its own. Items that are names of their own are found as such.
     */
    private void sharedHeadList(int nameStart, int nameEnd) {
        int i = nameEnd;
        while (i < se && t[i] == '、') {
            int s = i + 1;
            int e = s;
            while (e < se && e - s < 6 && Regions.cjk(t[e]) && !clauses.at(e, se, "分别") && !clauses.at(e, se, "均")) {
                e++;
            }
            int len = e - s;
            if (len < 2 || len >= 6 || len >= nameEnd - nameStart) {
                return;
            }
            boolean known = false;
            for (DictionaryMatcher.Match<Indicator> m : parse.catalog.matcher().find(t, s, e)) {
                known |= m.start == s;
            }
            if (known) {
                return;
            }
            char[] name = new char[nameEnd - nameStart];
            int keep = nameEnd - nameStart - len;
            System.arraycopy(t, nameStart, name, 0, keep);
            System.arraycopy(t, s, name, keep, len);
            boolean found = false;
            for (DictionaryMatcher.Match<Indicator> m : parse.catalog.matcher().find(name, 0, name.length)) {
                if (m.start == 0 && m.end == name.length) {
                    anchors.add(new Anchor(s, e, m.value));
                    found = true;
                }
            }
            if (!found) {
                return;
            }
            i = e;
        }
    }

    /**
     * True when the quantity is the bar that defines a group counted after it: "经济总量超100亿元的县域增至12个", "产值
     * 超亿元的企业达35家" — the quantity, 的, then a holder of {@code words.tsv} THRESHOLD_HOLDERS.
     */
    private boolean threshold(QuantityMention q) {
        int e = q.end();
        if (e >= se || t[e] != '的') {
            return false;
        }
        for (String w : Lexicon.words("THRESHOLD_HOLDERS")) {
            if (clauses.at(e + 1, se, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "第一产业固定资产投资", "玫瑰、阿胶产业1-7月实现网络零售额", "博彩服务出口", "住户存款余额": an industry, a
     * service or another word of {@code narrowers.txt} narrows the indicator.
     */
    private boolean narrowedByIndustry(int anchorStart) {
        int b = anchorStart;
        boolean moved = true;
        while (moved) {
            moved = false;
            while (b > ss && t[b - 1] == ' ') {
                b--;
            }
            for (PeriodScanner.Mention m : periods) {
                if (m.end == b) {
                    b = m.start;
                    moved = true;
                }
            }
            int w = clauses.backOver(b, CLAUSE_VERBS);
            moved |= w != b;
            b = w;
        }
        for (String w : parse.lex.narrowers) {
            if (clauses.at(b - w.length(), b, w)) {
                return true;
            }
        }
        // "“新三样”出口": a quoted name right before the indicator is a product or group inside it.
        return b - 2 >= ss && t[b - 1] == '\u201D' && Regions.cjk(t[b - 2]);
    }

    private boolean overlapsPeriod(int s, int e) {
        for (PeriodScanner.Mention m : periods) {
            if (m.start < e && s < m.end) {
                return true;
            }
        }
        return false;
    }

    /** "经济增长7%": a change whose verb ends the indicator's name cuts the name before the verb. */
    private void trimAnchorBefore(int s, int e) {
        for (int k = 0; k < anchors.size(); k++) {
            Anchor a = anchors.get(k);
            if (a.start + 2 <= s && s < a.end && e > a.end) {
                Anchor trimmed = new Anchor(a.start, s, a.indicator, a.name);
                trimmed.firm = a.firm;
                trimmed.linked = a.linked;
                anchors.set(k, trimmed);
            }
        }
    }

    boolean insideAnchor(int s, int e) {
        for (Anchor a : anchors) {
            if (a.start < e && s < a.end) {
                return true;
            }
        }
        return false;
    }

    boolean overlapsItem(int s, int e) {
        for (Item i : items) {
            if (i.start < e && s < i.end) {
                return true;
            }
        }
        return false;
    }

    int clauseStart(int pos) {
        int i = pos - 1;
        while (i >= ss && !clauseEnd(t[i]) && !segmentEnd(t[i])) {
            i--;
        }
        return i + 1;
    }

    int segmentEndAfter(int pos) {
        int i = pos;
        while (i < se && !segmentEnd(t[i])) {
            i++;
        }
        return i;
    }

    /** Links the values of this sentence to its names and makes statements of them. */
    void run() {
        if (items.isEmpty()) {
            return;
        }
        StatementMaker maker = new StatementMaker(this, new SubjectResolver(this), new KindDecider(this));
        new Linker(this, new Roles(this), maker).run();
    }

    /** The last catalog indicator this sentence linked to values, as an anchor to name it again. */
    Optional<Anchor> lastNamed() {
        Anchor last = null;
        for (Anchor a : anchors) {
            if (a.linked && !a.firm && !a.indicator.isOther()) {
                last = a;
            }
        }
        return Optional.ofNullable(last).map(a -> a.name != null ? a : new Anchor(a.start, a.end, a.indicator,
                text.subSequence(a.start, a.end).toString().strip()));
    }

    /**
     * The indicator when the sentence is nothing but its name after a list marker ("1.地区生产总值。计划增长6%左右，
     * 预计增长5.4%。"), as a title for the sentences after it in the line; else empty.
     */
    Optional<Anchor> title() {
        if (!items.isEmpty() || anchors.size() != 1 || anchors.get(0).indicator.isOther()) {
            return Optional.empty();
        }
        Anchor a = anchors.get(0);
        int end = se;
        while (end > ss && t[end - 1] == ' ') {
            end--;
        }
        if (a.start != clauses.skipBlank(clauses.skipListMarker(clauses.skipBlank(ss, se), se), se) || a.end != end) {
            return Optional.empty();
        }
        Anchor title = new Anchor(a.start, a.end, a.indicator, text.subSequence(a.start, a.end).toString());
        title.title = true;
        return Optional.of(title);
    }

    /**
     * True when a period opens a clause that holds values, names no indicator and continues an indicator named
     * earlier in the segment: in "地区生产总值年均增长8%以上，到2026年突破300亿元" the year dates only the value of
     * its own clause, not the clauses that follow.
     */
    boolean scopedToItsClause(PeriodScanner.Mention m) {
        int cs = clauseStart(m.start);
        int ce = m.end;
        while (ce < se && !clauseEnd(t[ce]) && !segmentEnd(t[ce])) {
            ce++;
        }
        boolean value = false;
        for (Item it : items) {
            value |= it.start >= m.end && it.start < ce;
        }
        if (!value) {
            return false;
        }
        int segment = cs - 1;
        while (segment >= ss && !segmentEnd(t[segment])) {
            segment--;
        }
        boolean continuesEarlierName = false;
        for (Anchor a : anchors) {
            if (a.start >= cs && a.start < ce) {
                return false;
            }
            continuesEarlierName |= a.start > segment && a.end <= cs;
        }
        return continuesEarlierName;
    }
}
