package io.github.zhibiao.core;

import io.github.zhibiao.numbers.Change;
import io.github.zhibiao.numbers.Dimension;
import io.github.zhibiao.numbers.Qualifier;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.QuantityMention;
import io.github.zhibiao.numbers.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one report: lines → sentences (。！？) → segments (；) → clauses (，、：), finds indicator names with the
 * catalog's automaton, links each to the quantities of its clause and of the clauses that only continue it, and
 * decides fact or target from cue words and the period against the report date.
 *
 * <p>One instance reads one report, on one thread; it is not shared.
 */
final class Extractor {
    private static final int MAX_HEADING = 40;
    private static final int MAX_SENTENCE = 1000;
    private static final int MAX_OTHER_NAME = 14;
    private static final int MAX_LINK_LINE = 80;
    /** The longest opener of a breakdown by region: 分县（市、区）看. */
    private static final int MAX_OPENER = 10;
    /**
     * A period that ends this many months after the report date at most is reviewed as over when its figures are
     * estimated (预计2025年… in a plan proposal of November 2025); a longer one is forecast.
     */
    private static final int ESTIMATE_MONTHS = 3;
    private static final String[] SCOPES = {"全国", "全省", "全市", "全区", "全县", "省内", "市内", "同类县区",
        "县区", "区县"};
    private static final String[] OTHER_HEADS = {"额", "值", "收入", "支出", "投资", "利润", "营收", "规模", "总量",
        "产量", "面积", "人数", "率", "比重", "占比", "价值", "里程", "收益", "指数", "浓度",
        "人次", "税收", "销量", "销售额", "覆盖率", "价格", "开支"};
    private static final String[] COUNT_HEADS = {"企业", "工厂", "单位", "个数", "企业数", "公司", "经营主体",
        "市场主体"};
    private static final String[] PEOPLE_HEADS = {"人数", "人次", "就业", "游客", "人口", "主体", "户数", "务工"};
    /** Things counted in units (辆, 台, 部) whose output is an indicator of a region: 汽车产量70万辆. */
    private static final String[] OUTPUT_HEADS = {"产量", "销量", "产能"};
    private static final String[] OTHER_LEADS = {"累计完成", "累计实现", "完成", "实现", "累计", "共计", "共", "其中",
        "全年", "预计", "力争", "确保", "争取", "计划", "将", "要", "新增", "达到", "带动"};
    private static final String[] OTHER_TAILS = {"完成", "实现", "达到", "达", "为", "突破", "超过", "超", "过", "增至",
        "增长", "增加", "累计", "共", "约", "近", "逾", "的", "总计", "合计", "保持在", "稳定在", "控制在", "提升至",
        "提高到", "上升至", "分别", "同比", "年均", "等", "由", "从", "实质", "实际", "名义", "按年", "按季", "安排",
        "入库"};

    /** Words that may open a clause before its period: "力争到2030年", "将力争全年", "截至6月底". */
    private static final String[] CLAUSE_OPENERS = {"力争到", "力争", "截至", "到", "至", "今年", "在", "将", "要",
        "确保", "争取", "努力"};

    /** Words that open a clause comparing a growth rate with another region's or period's. */
    private static final String[] COMPARISON_OPENERS = {"高于", "低于", "快于", "慢于", "比全国", "比全省", "比全市",
        "比上半年", "比一季度", "比上月", "比前三季度", "较全国", "较全省", "较全市"};

    /** Verbs that may stand between an industry and an indicator's name: "玫瑰产业1-7月实现网络零售额". */
    private static final String[] CLAUSE_VERBS = {"实现", "完成", "累计", "全年"};

    /** Words that end a firm's name: its figures are not the region's. */
    private static final String[] FIRM_WORDS = {"集团", "公司", "股份", "厂"};

    /** Verbs before a threshold crossed: 跨越5万亿元台阶. */
    private static final String[] MILESTONE_VERBS = {"跨越", "迈上", "迈过", "跃上", "站上", "越过", "登上", "突破",
        "跨上", "冲上"};

    /** Indicators that are normally written after an industry name (玫瑰产业产值), so it does not narrow them. */
    private static final Set<String> INDUSTRY_SCOPED = Set.of("INDUSTRY_OUTPUT", "BRAND_VALUE");

    private final IndicatorCatalog catalog;
    private final Function<CharSequence, List<QuantityMention>> scanner;
    private final CharSequence text;
    private final char[] t;
    private final ReportContext context;
    private final PeriodScanner.Years years;
    private final LocalDate date;
    private final Lexicon lex = Lexicon.get();
    private final List<Statement> out = new ArrayList<>();
    private final Set<Statement> headingStatements = java.util.Collections.newSetFromMap(
            new java.util.IdentityHashMap<>());

    private Period sectionPeriod;
    private PeriodScanner.Mention carriedPeriod;
    private java.util.Map<String, Integer> regionCounts;

    Extractor(IndicatorCatalog catalog, Function<CharSequence, List<QuantityMention>> scanner, CharSequence text,
            char[] normalized, ReportContext context) {
        this.catalog = catalog;
        this.scanner = scanner;
        this.text = text;
        this.t = normalized;
        this.context = context;
        this.date = context.date().orElse(null);
        int reportYear = date != null ? date.getYear() : inferYear();
        // Early in the year a report looks back on the year before (a work report until spring).
        // A statistical communiqué, published in the first half, reports on the year before.
        boolean lookingBack = date != null && (date.getMonthValue() <= 2
                || context.kind() == ReportKind.WORK_REPORT && date.getMonthValue() <= 4
                || context.kind() == ReportKind.STATISTICAL_COMMUNIQUE && date.getMonthValue() <= 6);
        int reviewYear = reportYear == 0 ? 0 : lookingBack ? reportYear - 1 : reportYear;
        this.years = new PeriodScanner.Years(reportYear, reviewYear);
    }

    /** Without a date, the latest year the text speaks of in the past tense stands in for the report's year. */
    private int inferYear() {
        int best = 0;
        int end = Math.min(t.length, 200_000);
        List<PeriodScanner.Mention> ms = PeriodScanner.scan(t, 0, end, new PeriodScanner.Years(0, 0), 0);
        for (PeriodScanner.Mention m : ms) {
            if (m.role == PeriodScanner.Role.PLAIN && m.period != null && m.period.isYear()) {
                best = Math.max(best, m.period.start().getYear());
            }
        }
        return best;
    }

    Report run() {
        int ls = 0;
        for (int i = 0; i <= t.length; i++) {
            if (i < t.length && t[i] == '\n' && valueOnNextLine(ls, i)) {
                t[i] = ' '; // one line: t is this parse's own normalized copy, and offsets stay the same
                continue;
            }
            if (i == t.length || t[i] == '\n') {
                if (i > ls) {
                    line(ls, i);
                }
                ls = i + 1;
            }
        }
        out.sort(Comparator.comparingInt(Statement::start));
        return Report.of(context, dedupe(dropRepeatedHeadings(out)));
    }

    /** Titles and subheadings repeat the body: a heading's statement goes when the body states the same value. */
    private List<Statement> dropRepeatedHeadings(List<Statement> list) {
        if (headingStatements.isEmpty()) {
            return list;
        }
        Set<String> body = new HashSet<>();
        for (Statement s : list) {
            if (!headingStatements.contains(s)) {
                body.addAll(numberKeys(s));
            }
        }
        List<Statement> kept = new ArrayList<>();
        for (Statement s : list) {
            boolean repeated = false;
            for (String k : numberKeys(s)) {
                repeated |= body.contains(k);
            }
            if (!headingStatements.contains(s) || !repeated) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static List<String> numberKeys(Statement s) {
        List<String> keys = new ArrayList<>(2);
        s.value().ifPresent(q -> keys.add(s.indicatorCode() + "|v|" + q.low().toPlainString()));
        s.change().ifPresent(q -> keys.add(s.indicatorCode() + "|c|" + q.low().toPlainString()));
        return keys;
    }

    private static List<Statement> dedupe(List<Statement> list) {
        Set<String> seen = new HashSet<>();
        List<Statement> kept = new ArrayList<>();
        for (Statement s : list) {
            String key = s.kind() + "|" + s.indicatorCode() + "|" + s.name() + "|"
                    + s.period().map(Period::toIsoString).orElse("")
                    + "|" + s.value().map(Quantity::toString).orElse("") + "|"
                    + s.change().map(Quantity::toString).orElse("") + "|" + s.subject().orElse("");
            if (seen.add(key)) {
                kept.add(s);
            }
        }
        return kept;
    }

    // ---------------------------------------------------------------- lines and sentences

    private static boolean sentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    private static boolean segmentEnd(char c) {
        return c == '；' || c == ';';
    }

    private static boolean clauseEnd(char c) {
        return c == '，' || c == ',' || c == '、' || c == '：' || c == ':';
    }

    private int skipBlank(int i, int end) {
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

    private int contextYear() {
        if (sectionPeriod != null) {
            return sectionPeriod.end().getYear();
        }
        return years.review;
    }

    /**
     * "前年…为786.4亿元，去年达到812.7亿元": a later clause of the sentence opens with another year, so the sentence
     * contrasts years and sets none of them for the sentences after it.
     */
    private boolean contrastsPeriods(int ss, int se, List<PeriodScanner.Mention> periods,
            PeriodScanner.Mention chosen) {
        for (PeriodScanner.Mention m : within(periods, p -> p.start, chosen.end, se)) {
            if (m.role == PeriodScanner.Role.PLAIN && m.period != null && !m.period.equals(chosen.period)
                    && opensClause(ss, m.start)) {
                return true;
            }
        }
        return false;
    }

    /** "城镇居民人均可支配收入：\n42618元，增长4.8%": a name ending a line with a colon and its value on the next. */
    private boolean valueOnNextLine(int ls, int nl) {
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

    private void line(int ls, int le) {
        int s = skipBlank(ls, le);
        int e = le;
        while (e > s && t[e - 1] == ' ') {
            e--;
        }
        if (e <= s || linkLine(s, e)) {
            return;
        }
        boolean heading = e - s <= MAX_HEADING && t[e - 1] != '：' && t[e - 1] != ':';
        for (int i = s; heading && i < e; i++) {
            if (sentenceEnd(t[i]) || segmentEnd(t[i])) {
                heading = false;
            }
        }
        List<PeriodScanner.Mention> periods = PeriodScanner.scan(t, s, e, years, contextYear());
        List<QuantityMention> qs = scan(s, e);
        if (heading && qs.isEmpty()) {
            // "2026年工作安排", "二、“十五五”时期主要目标任务": the period of the section that follows.
            int first = skipBlank(skipListMarker(skipBlank(s, e), e), e);
            for (PeriodScanner.Mention m : periods) {
                if (m.role == PeriodScanner.Role.PLAIN && m.period != null && skipBlank(m.start, e) == first) {
                    sectionPeriod = m.period;
                }
                break;
            }
        }
        if (qs.isEmpty()) {
            return;
        }
        List<DictionaryMatcher.Match<Indicator>> indicators = catalog.matcher().find(t, s, e);
        List<DictionaryMatcher.Match<Lexicon.CueRole>> cues = lex.cues.find(t, s, e);
        List<Item> ranks = ranks(s, e);
        // A period named in a sentence holds for the rest of the paragraph until another is named.
        PeriodScanner.Mention paragraphPeriod = carriedPeriod;
        Anchor named = null;
        int ss = s;
        for (int i = s; i <= e; i++) {
            // A sentence also ends after MAX_SENTENCE chars (at a clause mark if there is one), which keeps the
            // work per sentence bounded on text without punctuation.
            if (i == e || sentenceEnd(t[i]) || i - ss >= MAX_SENTENCE
                    && (clauseEnd(t[i]) || segmentEnd(t[i]) || i - ss >= 2 * MAX_SENTENCE)) {
                if (i > ss) {
                    Sentence sentence = new Sentence(ss, i, within(qs, QuantityMention::start, ss, i),
                            within(indicators, m -> m.start, ss, i), within(cues, m -> m.start, ss, i),
                            within(periods, m -> m.start, ss, i), within(ranks, m -> m.start, ss, i),
                            paragraphPeriod, heading, named);
                    sentence.run();
                    named = sentence.lastNamed().orElse(named);
                    PeriodScanner.Mention before = paragraphPeriod;
                    for (PeriodScanner.Mention m : within(periods, p -> p.start, ss, i)) {
                        if (m.start >= ss && m.end <= i && m.period != null && m.role != PeriodScanner.Role.BASE
                                && m.role != PeriodScanner.Role.DATE && m.role != PeriodScanner.Role.SPAN
                                && opensClause(ss, m.start)
                                && !sentence.scopedToItsClause(m)) {
                            paragraphPeriod = m;
                        }
                    }
                    if (paragraphPeriod != before && contrastsPeriods(ss, i, periods, paragraphPeriod)) {
                        paragraphPeriod = before;
                    }
                }
                ss = i + 1;
            }
        }
        // News of a quarter or half-year names its period once ("上半年，…") and means it in every paragraph after.
        carriedPeriod = context.kind() != ReportKind.WORK_REPORT && paragraphPeriod != null
                && withinOneYear(paragraphPeriod.period) ? paragraphPeriod : null;
    }

    private static boolean withinOneYear(Period p) {
        return !p.isYear() && p.start().getYear() == p.end().getYear();
    }

    /**
     * A short line that ends with a numeric date ("· 前三季度我市GDP增长5.1% 2023-10-25") is a link to another
     * page, as in 相关新闻 lists; its figures belong to that page.
     */
    private boolean linkLine(int s, int e) {
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
    private static <T> List<T> within(List<T> sorted, java.util.function.ToIntFunction<T> start, int from,
            int to) {
        int lo = lowerBound(sorted, start, from);
        int hi = lowerBound(sorted, start, to);
        return sorted.subList(lo, Math.max(lo, hi));
    }

    private static <T> int lowerBound(List<T> sorted, java.util.function.ToIntFunction<T> start, int key) {
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

    /** True when only blanks, a list marker or a cue word stand between a clause mark and {@code pos}. */
    private boolean opensClause(int sentenceStart, int pos) {
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

    /** Skips "一、", "（三）", "1." at the start of a sentence. */
    private int skipListMarker(int i, int end) {
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

    private List<QuantityMention> scan(int s, int e) {
        List<QuantityMention> raw;
        try {
            raw = scanner.apply(text.subSequence(s, e));
        } catch (RuntimeException ex) {
            // The scanner promises never to throw; a report is still better without one line than not at all.
            return List.of();
        }
        List<QuantityMention> shifted = new ArrayList<>(raw.size());
        for (QuantityMention m : raw) {
            if (m.start() < 0 || m.end() > e - s) {
                continue;
            }
            shifted.add(QuantityMention.of(m.text(), m.start() + s, m.end() + s, m.quantity()));
        }
        return shifted;
    }

    // ---------------------------------------------------------------- ranks

    private boolean at(int i, int end, String w) {
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

    private List<Item> ranks(int s, int e) {
        List<Item> list = new ArrayList<>();
        for (int i = s; i < e; i++) {
            for (String scope : SCOPES) {
                if (!at(i, e, scope)) {
                    continue;
                }
                int k = i + scope.length();
                int pos = -1;
                int end = -1;
                if (at(k, e, "首位") || at(k, e, "第一位")) {
                    pos = 1;
                    end = k + (t[k] == '首' ? 2 : 3);
                } else if (at(k, e, "前列")) {
                    pos = 0;
                    end = k + 2;
                } else if (at(k, e, "第")) {
                    int n = 0;
                    int j = k + 1;
                    if (j < e && t[j] >= '0' && t[j] <= '9') {
                        while (j < e && t[j] >= '0' && t[j] <= '9' && j - k < 4) {
                            n = n * 10 + (t[j] - '0');
                            j++;
                        }
                    } else if (j < e && t[j] == '十') {
                        n = 10;
                        j++;
                        if (j < e && PeriodScanner.cnDigit(t[j]) > 0) {
                            n += PeriodScanner.cnDigit(t[j]);
                            j++;
                        }
                    } else if (j < e && PeriodScanner.cnDigit(t[j]) > 0) {
                        n = PeriodScanner.cnDigit(t[j]);
                        j++;
                        if (j < e && t[j] == '十') {
                            n *= 10;
                            j++;
                            if (j < e && PeriodScanner.cnDigit(t[j]) > 0) {
                                n += PeriodScanner.cnDigit(t[j]);
                                j++;
                            }
                        }
                    }
                    if (n > 0) {
                        if (j < e && (t[j] == '位' || t[j] == '名')) {
                            j++;
                        }
                        pos = n;
                        end = j;
                    }
                }
                if (end > 0) {
                    Item it = new Item(i, end, null,
                            Rank.of(text.subSequence(i, k).toString(), pos, text.subSequence(i, end).toString()));
                    list.add(it);
                    i = end - 1;
                    break;
                }
            }
        }
        return list;
    }

    // ---------------------------------------------------------------- items

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

    private enum Role {
        LEVEL, CHANGE, SHARE, RANK, FROM
    }

    /** A statement made from an anchor, with its builder and its index in the output. */
    private static final class Emitted {
        final Anchor anchor;
        final Statement.Builder builder;
        final int index;

        Emitted(Anchor anchor, Statement.Builder builder, int index) {
            this.anchor = anchor;
            this.builder = builder;
            this.index = index;
        }
    }

    /** One group of linked values about to become a statement. */
    private static final class Group {
        Indicator indicator;
        Item level;
        Item change;
        Item rank;
        /** The region of a list the change belongs to ("顺义区、大兴区分别增长9.3%、11.2%"), or null. */
        String subject;
    }

    // ---------------------------------------------------------------- a sentence

    private final class Sentence {
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
        /** A segment mark that linking may pass over (see {@link #impliedName}), or -1. */
        int crossable = -1;
        /** The statements made in this sentence, in order, so that a later 分别 can complete them. */
        final List<Emitted> emitted = new ArrayList<>();
        /** The indicator linked last in the sentences before, in the same paragraph, or null. */
        final Anchor named;

        Sentence(int ss, int se, List<QuantityMention> qs, List<DictionaryMatcher.Match<Indicator>> inds,
                List<DictionaryMatcher.Match<Lexicon.CueRole>> allCues, List<PeriodScanner.Mention> allPeriods,
                List<Item> ranks, PeriodScanner.Mention paragraphPeriod, boolean heading, Anchor named) {
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
                if (b >= ss && t[b] == '占') {
                    denominators.add(new int[] {m.start, m.end});
                    continue; // the denominator of a share: 民生支出占[财政支出]的80.9%
                }
                if (at(m.start, m.end, "经济") && compoundBefore(m.start)) {
                    continue; // 数字经济增长15%, 海洋经济增速: a part of the economy, not 经济增长 as a whole
                }
                if (narrowedByIndustry(m.start) && !INDUSTRY_SCOPED.contains(m.value.code())) {
                    // 第一产业[固定资产投资]: a narrower indicator than the catalog's.
                    int ns = clauseStart(m.start);
                    ns = skipBlank(ns, m.start);
                    anchors.add(new Anchor(ns, m.end, Indicator.other()));
                    continue;
                }
                Anchor an = new Anchor(m.start, m.end, m.value);
                an.firm = namedAfterFirm(m.start);
                anchors.add(an);
            }
            for (QuantityMention q : qs) {
                if (q.quantity().change().isPresent()) {
                    trimAnchorBefore(q.start(), q.end());
                }
                if (q.start() < ss || q.end() > se || overlapsPeriod(q.start(), q.end())
                        || insideAnchor(q.start(), q.end()) || milestone(q.start(), q.end())
                        || comparison(q)) {
                    continue;
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
            int cs = skipBlank(clauseStart(q.start()), q.start());
            for (String w : COMPARISON_OPENERS) {
                if (at(cs, q.start(), w)) {
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
                if (at(i, se, "台阶") || at(i, se, "大关") || at(i, se, "关口")) {
                    end = i + 2;
                    break;
                }
            }
            if (end < 0) {
                return false;
            }
            int start = s;
            for (String w : MILESTONE_VERBS) {
                if (at(s - w.length(), s, w)) {
                    start = s - w.length();
                    break;
                }
            }
            if (at(start - 2, start, "先后") || at(start - 2, start, "相继") || at(start - 2, start, "连续")) {
                start -= 2;
            }
            milestones.add(new int[] {start, end});
            return true;
        }

        /**
         * True when the segment at {@code i} names no indicator of its own but opens with 其中 and a period or with a
         * period and 当月 ("其中，11月份当月增长6.8%"): it speaks of the indicator of the segment before.
         */
        private boolean impliedName(int i) {
            int j = skipBlank(i, se);
            boolean among = at(j, se, "其中");
            if (among) {
                j += 2;
                while (j < se && (clauseEnd(t[j]) || t[j] == ' ')) {
                    j++;
                }
            }
            for (PeriodScanner.Mention m : periods) {
                if (m.start == j && m.period != null) {
                    int k = m.end;
                    return among || at(k, se, "当月") || at(k, se, "单月");
                }
            }
            // "其中，湘潭县增长6.1%，湘乡市增长5.8%": the same indicator, region by region.
            return among && regionAt(j) > j;
        }

        /** The end of a region name (湘潭县, 韶山市) that starts at {@code i}, or {@code i}. */
        private int regionAt(int i) {
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
            if (b == ss || !Regions.cjk(t[b - 1]) || lex.regionSuffixes.contains(t[b - 1]) || t[b - 1] == '年') {
                return false;
            }
            for (PeriodScanner.Mention m : periods) {
                if (m.end == b) {
                    return false; // "第3季[經濟成長率]": a period, not a noun
                }
            }
            for (String w : new String[] {"确保", "力争", "争取", "全年", "预计", "实现", "推动", "保持", "其中", "促进",
                "今年", "期间", "时期"}) {
                if (at(b - w.length(), b, w)) {
                    return false;
                }
            }
            return true;
        }

        /** "天能集团、超威集团分别完成产值": a firm (集团, 公司) stands right before the name, past verbs. */
        private boolean namedAfterFirm(int anchorStart) {
            int b = backOver(anchorStart, new String[] {"实现", "完成", "累计", "分别", "全年", "共"});
            for (String w : FIRM_WORDS) {
                if (at(b - w.length(), b, w)) {
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
                int w = backOver(b, CLAUSE_VERBS);
                moved |= w != b;
                b = w;
            }
            for (String w : lex.narrowers) {
                if (at(b - w.length(), b, w)) {
                    return true;
                }
            }
            return false;
        }

        /** The position before the words of {@code words} that end at {@code b}, in any order and number. */
        private int backOver(int b, String[] words) {
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
                    anchors.set(k, new Anchor(a.start, s, a.indicator));
                }
            }
        }

        private boolean insideAnchor(int s, int e) {
            for (Anchor a : anchors) {
                if (a.start < e && s < a.end) {
                    return true;
                }
            }
            return false;
        }

        private boolean overlapsItem(int s, int e) {
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
         * Where a sentence that names no indicator goes on region by region about the one named before ("分县市区看，
         * 湘潭县增长8.9%，雨湖区增长7.6%"): the start of its first region, after an opener (分…看, 其中); else -1.
         */
        private int breakdownStart() {
            int j = skipBlank(ss, se);
            if (at(j, se, "其中")) {
                j += 2;
            } else if (at(j, se, "分") || at(j, se, "从")) {
                int k = j + 1;
                while (k < se && k - j < MAX_OPENER && t[k] != '看' && (t[k] == '、' || !clauseEnd(t[k]))) {
                    k++;
                }
                if (k >= se || t[k] != '看') {
                    return -1;
                }
                j = k + 1;
            } else {
                return -1;
            }
            while (j < se && (clauseEnd(t[j]) || t[j] == ' ')) {
                j++;
            }
            return regionAt(j) > j ? j : -1;
        }

        void run() {
            if (items.isEmpty()) {
                return;
            }
            if (anchors.isEmpty() && named != null) {
                int j = breakdownStart();
                if (j >= 0) {
                    anchors.add(new Anchor(j, j, named.indicator, named.name));
                }
            }
            for (int a = 0; a < anchors.size(); a++) {
                Anchor an = anchors.get(a);
                int limit = segmentEndAfter(an.end);
                int next = a + 1 < anchors.size() ? anchors.get(a + 1).start : se;
                crossable = -1;
                if (limit < next && limit < se && impliedName(limit + 1)) {
                    // "…增长4.2%；其中，11月份当月增长6.8%": the next segment goes on about the same indicator.
                    crossable = limit;
                    limit = segmentEndAfter(limit + 1);
                }
                link(an, Math.min(limit, next));
            }
            crossable = -1;
            others();
        }

        /** Creates OTHER statements for values no catalog indicator took, named by the phrase before them. */
        private void others() {
            for (Item it : items) {
                if (it.used || it.q == null) {
                    continue;
                }
                Quantity q = it.q.quantity();
                Dimension d = q.unit().dimension();
                if (d == Dimension.TIME || d == Dimension.NONE) {
                    continue;
                }
                int from = clauseStart(it.start);
                for (Item other : items) {
                    if (other != it && other.end <= it.start && other.end > from) {
                        from = other.end;
                    }
                }
                for (Anchor an : anchors) {
                    if (an.linked && an.end <= it.start && an.end > from) {
                        from = an.end;
                    }
                }
                for (PeriodScanner.Mention m : periods) {
                    if (m.end <= it.start && m.end > from) {
                        from = m.end;
                    }
                }
                boolean firms = q.unit() != Unit.COUNT || q.classifier().map("家"::equals).orElse(false);
                // Counted things other than firms (项, 个, 处) are mostly the government's projects, unless they
                // are the output of an industry (汽车产量70万辆).
                Anchor implied = impliedByEarlierName(from, it.start);
                if (implied != null) {
                    link(implied, segmentEndAfter(it.start));
                    continue;
                }
                int[] span = otherName(from, it.start, firms ? heads(q) : OUTPUT_HEADS);
                if (span == null) {
                    continue;
                }
                Anchor an = new Anchor(span[0], span[1], Indicator.other());
                link(an, segmentEndAfter(it.start));
            }
        }

        /**
         * "粮食种植面积稳定在53万亩左右，总产量保持在20.5万吨以上": a name cut short (总产量) that, with the start of an
         * indicator named earlier in the sentence (粮食), is a catalog name (粮食总产量); null when there is none.
         */
        private Anchor impliedByEarlierName(int from, int to) {
            int s = skipBlank(from, to);
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
            for (Anchor a : anchors) {
                if (a.linked && a.end <= from && !a.indicator.isOther()) {
                    earlier = a;
                }
            }
            if (earlier == null) {
                return null;
            }
            for (int len = Math.min(4, earlier.end - earlier.start - 1); len >= 2; len--) {
                char[] name = new char[len + e - s];
                System.arraycopy(t, earlier.start, name, 0, len);
                System.arraycopy(t, s, name, len, e - s);
                for (DictionaryMatcher.Match<Indicator> m : catalog.matcher().find(name, 0, name.length)) {
                    if (m.start == 0 && m.end == name.length && !m.value.code().equals(earlier.indicator.code())) {
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
                    if (e - w.length() > s && at(e - w.length(), e, w)) {
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
            int s = skipBlank(from, to);
            // Skip a region or collective word (全县, 平阴县) at the front.
            for (DictionaryMatcher.Match<String> c : lex.collectives.find(t, s, to)) {
                if (c.start == s) {
                    s = c.end;
                }
                break;
            }
            if (s + 2 < to && Regions.nameStartingBefore(t, s + 2, s, to) == s) {
                s += 3;
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (String w : OTHER_LEADS) {
                    if (at(s, to, w) && to - s > w.length() + 1) {
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
            if (cjk > MAX_OTHER_NAME || t[s] == '总' || new String(t, s, e - s).contains("项目")) {
                return null; // project figures are the government's actions, not the region's indicators
            }
            int he = e;
            while (he > s && (t[he - 1] == '\u201D' || t[he - 1] == '"')) {
                he--;
            }
            for (String head : heads) {
                if (at(he - head.length(), he, head)) {
                    return new int[] {s, e};
                }
            }
            return null;
        }

        private void link(Anchor an, int limit) {
            Indicator ind = an.indicator;
            Dimension expected = ind.dimension().orElse(null);
            int anchorClause = clauseStart(an.end);
            int lastClause = anchorClause;
            List<Item> taken = new ArrayList<>();
            // A level written before the name: 改造提升[5万亩]高标准农田.
            for (Item it : items) {
                if (!it.used && it.q != null && it.end <= an.start && an.start - it.end <= 1
                        && it.start >= clauseStart(an.start) && expected != null
                        && it.q.quantity().unit().dimension() == expected) {
                    taken.add(it);
                }
            }
            int prevEnd = an.end;
            for (Item it : items) {
                if (it.used || it.start < an.end || it.start >= limit) {
                    continue;
                }
                int clause = clauseStart(it.start);
                if (clause != lastClause) {
                    // A later clause continues this indicator only when it opens with connector words.
                    int gapFrom = Math.max(clause, prevEnd);
                    if (!continues(gapFrom, it.start) || !adjacentClauses(prevEnd, clause)
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
            emit(an, classify(an, taken, expected));
        }

        /**
         * A later clause that opens with a plain level continues only with the same kind of level: "公路总里程增至
         * 1055公里，3座跨黄通道…" does not make 3座 a road length.
         */
        private boolean fitsLater(Item it, List<Item> taken, Dimension expected) {
            if (it.q == null || it.q.quantity().change().isPresent() || rateWordBefore(it)
                    || progressWordBefore(it) || shareWordBefore(it)) {
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
                if (!lex.onlyConnectors(t, i, j)) {
                    return false;
                }
                i = j;
            }
            return true;
        }

        /** The end of a period or share denominator starting at {@code i}, or {@code i} when none does. */
        private int skippable(int i) {
            if (i > ss && (clauseEnd(t[i - 1]) || segmentEnd(t[i - 1]) || at(i - 2, i, "其中"))) {
                int r = regionAt(i);
                if (r > i) {
                    return r; // a region opening a clause: the indicator named before, for that region
                }
            }
            for (PeriodScanner.Mention m : periods) {
                if (m.start == i) {
                    return Math.max(m.end, i + 1);
                }
            }
            for (int[] d : denominators) {
                if (d[0] == i) {
                    return d[1];
                }
            }
            for (int[] d : milestones) {
                if (d[0] == i) {
                    return d[1];
                }
            }
            return i;
        }

        private List<Object[]> classify(Anchor an, List<Item> taken, Dimension expected) {
            List<Object[]> roles = new ArrayList<>();
            for (int k = 0; k < taken.size(); k++) {
                Item it = taken.get(k);
                if (it.rank != null) {
                    roles.add(new Object[] {Role.RANK, it});
                    continue;
                }
                Quantity q = it.q.quantity();
                Dimension d = q.unit().dimension();
                Optional<Change> ch = q.change();
                boolean nextToLevel = k + 1 < taken.size() && taken.get(k + 1).q != null
                        && taken.get(k + 1).q.quantity().change().map(Change::isToLevel).orElse(false)
                        && clauseStart(taken.get(k + 1).start) == clauseStart(it.start);
                boolean fromWord = false;
                for (int f = Math.max(an.end, clauseStart(it.start)); f < it.start; f++) {
                    fromWord |= t[f] == '从' || t[f] == '由';
                }
                boolean laterLevel = false;
                for (int l = k + 1; l < taken.size(); l++) {
                    Item n = taken.get(l);
                    laterLevel |= n.q != null && clauseStart(n.start) == clauseStart(it.start)
                            && n.q.quantity().unit().dimension() == d;
                }
                if (ch.isEmpty() && (nextToLevel || fromWord && laterLevel)) {
                    // 由270亿元上升至356亿元, 从“十三五”末的23平方公里扩展至25平方公里: the earlier level.
                    roles.add(new Object[] {Role.FROM, it});
                    continue;
                }
                boolean isChange = ch.isPresent() && !ch.get().isToLevel()
                        || ch.isEmpty() && (rateWordBefore(it) || d == Dimension.RATIO && namesGrowth(an));
                if (q.unit() == Unit.PERCENTAGE_POINT && expected != Dimension.RATIO && growthNamedBefore(it)) {
                    // "增速比上年提高1.2个百分点", "增幅比1—10月提高0.3个百分点": a change of the growth rate.
                    it.used = true;
                    continue;
                }
                if (isChange) {
                    if (d == Dimension.RATIO || expected == null || d == expected || q.unit() == Unit.NUMBER
                            || an.indicator.isOther()) {
                        roles.add(new Object[] {Role.CHANGE, it});
                    }
                    continue;
                }
                if (d == Dimension.RATIO && expected != null && expected != Dimension.RATIO && shareWordBefore(it)) {
                    roles.add(new Object[] {Role.SHARE, it});
                    continue;
                }
                boolean fits = expected == null || d == expected
                        || expected == Dimension.CURRENCY && q.unit() == Unit.NUMBER
                        || an.indicator.isOther()
                        || d == Dimension.RATIO && progressWordBefore(it);
                if (fits) {
                    roles.add(new Object[] {Role.LEVEL, it});
                }
            }
            return roles;
        }

        private boolean rateWordBefore(Item it) {
            int b = it.start;
            for (String w : new String[] {"修订为", "修正为", "为", "是", "达到", "达"}) {
                if (at(b - w.length(), b, w)) {
                    b -= w.length(); // "第一季的升幅修订为2.8%"
                    break;
                }
            }
            for (String w : new String[] {"增幅", "增速", "涨幅", "升幅", "增长率", "降幅", "增长幅度", "上涨", "改善", "下降",
                "降低", "减少", "成长", "年增"}) {
                if (at(b - w.length(), b, w)) {
                    return true;
                }
            }
            return false;
        }

        /** True when the name itself is a growth rate of an amount: "经济增长率", "经济成长率" (GDP). */
        private boolean namesGrowth(Anchor an) {
            return an.indicator.dimension().map(x -> x != Dimension.RATIO).orElse(false)
                    && (at(an.end - 3, an.end, "增长率") || at(an.end - 3, an.end, "成长率")
                    || at(an.end - 2, an.end, "增速") || at(an.end - 2, an.end, "增幅"));
        }

        /** True when 增速, 增幅 or a like word stands in the clause before {@code it}. */
        private boolean growthNamedBefore(Item it) {
            for (int i = clauseStart(it.start); i < it.start - 1; i++) {
                if ((t[i] == '增' || t[i] == '涨' || t[i] == '升' || t[i] == '降')
                        && (t[i + 1] == '速' || t[i + 1] == '幅') || at(i, it.start, "增长率")) {
                    return true;
                }
            }
            return false;
        }

        /** "完成全年任务的55.14%", "为预算的101.2%": progress towards a target or a budget, in percent. */
        private boolean progressWordBefore(Item it) {
            for (String w : new String[] {"任务的", "目标的", "计划的", "预算的", "任务", "目标"}) {
                if (at(it.start - w.length(), it.start, w)) {
                    return true;
                }
            }
            return false;
        }

        private boolean shareWordBefore(Item it) {
            int from = Math.max(clauseStart(it.start), it.start - 16);
            for (int i = from; i < it.start; i++) {
                if (t[i] == '占' || at(i, it.start, "比重") || at(i, it.start, "占比")) {
                    return true;
                }
            }
            return false;
        }

        private void emit(Anchor an, List<Object[]> roles) {
            if (roles.isEmpty()) {
                return;
            }
            Indicator ind = an.indicator;
            boolean distribute = !ind.parts().isEmpty();
            if (distribute) {
                List<Item> levels = new ArrayList<>();
                List<Item> changes = new ArrayList<>();
                levelsAndChanges(roles, levels, changes);
                int n = ind.parts().size();
                boolean byChange = changes.size() == n && (levels.isEmpty() || levels.size() == n);
                boolean byLevel = levels.size() == n && changes.isEmpty();
                boolean shared = changes.size() == 1 && levels.isEmpty() && sharedWord(an, changes.get(0));
                if (byChange || byLevel || shared) {
                    for (int p = 0; p < n; p++) {
                        Group g = new Group();
                        g.indicator = catalog.find(ind.parts().get(p)).orElse(ind);
                        g.level = levels.isEmpty() ? null : levels.get(p);
                        g.change = changes.isEmpty() ? null : changes.get(shared ? 0 : p);
                        flush(an, g);
                    }
                    return;
                }
            }
            if (respectively(an, roles)) {
                return;
            }
            if (INDUSTRY_SCOPED.contains(ind.code()) && roles.size() == 1 && roles.get(0)[0] == Role.LEVEL) {
                // "高端装备零部件、炭材料产业年产值先后突破百亿元": one value for each industry listed.
                for (int[] industry : listedBefore(an)) {
                    Group shared = new Group();
                    shared.indicator = ind;
                    shared.level = (Item) roles.get(0)[1];
                    flush(new Anchor(industry[0], industry[1], ind), shared);
                }
            }
            Group g = new Group();
            g.indicator = ind;
            int groupClause = -1;
            List<String> regions = regionsListedAt(an);
            int changeCount = 0;
            for (Object[] r : roles) {
                changeCount += r[0] == Role.CHANGE ? 1 : 0;
            }
            if (regions.size() > changeCount) {
                regions = List.of();
            }
            int nextRegion = 0;
            for (Object[] r : roles) {
                Role role = (Role) r[0];
                Item it = (Item) r[1];
                int itemClause = clauseStart(it.start);
                if (groupClause >= 0 && itemClause != groupClause && role != Role.RANK
                        && opensWithPeriod(itemClause, it.start)) {
                    // "达到4111.9亿元，“十四五”前两年年均增长5.9%": a clause with its own period is its own statement.
                    g = restart(an, g, ind);
                }
                if (role != Role.FROM && role != Role.RANK) {
                    groupClause = itemClause;
                }
                switch (role) {
                    case FROM:
                        it.used = true;
                        break;
                    case LEVEL:
                        if (g.level != null && coarseBefore(g, it)) {
                            // "突破9万亿元，达到90131亿元": the threshold crossed, then the exact level.
                            g.level.used = true;
                        } else if (g.level != null) {
                            g = restart(an, g, ind);
                        }
                        g.level = it;
                        break;
                    case CHANGE:
                        if (g.change != null) {
                            g = restart(an, g, ind);
                        }
                        g.change = it;
                        if (nextRegion < regions.size()) {
                            g.subject = regions.get(nextRegion++);
                        }
                        break;
                    case RANK:
                        if (g.rank != null) {
                            g = restart(an, g, ind);
                        }
                        g.rank = it;
                        break;
                    case SHARE:
                        g = restart(an, g, shareOf(ind));
                        g.level = it;
                        break;
                    default:
                        break;
                }
            }
            flush(an, g);
        }

        /**
         * Distributes the rates after 分别 over the names they belong to, in order, and returns true; false when the
         * count does not fit. The names are listed before this one ("规上工业增加值、固定资产投资分别增长5%、6%"), or
         * are those of the statements just made in the segment with a level only ("接待游客1150万人次，实现旅游综合收入
         * 98.5亿元，分别增长18.6%、21.3%").
         */
        private boolean respectively(Anchor an, List<Object[]> roles) {
            List<Item> levels = new ArrayList<>();
            List<Item> changes = new ArrayList<>();
            if (!levelsAndChanges(roles, levels, changes)) {
                return false;
            }
            int n = changes.size();
            if (n < 2 || !wordBetween(an.end, changes.get(0).start, "分别")) {
                return false;
            }
            List<Anchor> listed = listedWith(an);
            if (listed.size() == n && (levels.isEmpty() || levels.size() == n)) {
                for (int k = 0; k < n; k++) {
                    Group g = new Group();
                    g.indicator = listed.get(k).indicator;
                    g.level = levels.isEmpty() ? null : levels.get(k);
                    g.change = changes.get(k);
                    flush(listed.get(k), g);
                }
                return true;
            }
            if (levels.size() > 1 || emitted.size() < n - 1) {
                return false;
            }
            int segment = an.start;
            while (segment > ss && !segmentEnd(t[segment - 1])) {
                segment--;
            }
            List<Emitted> before = emitted.subList(emitted.size() - (n - 1), emitted.size());
            for (Emitted e : before) {
                if (e.builder.change != null || e.builder.value == null || e.builder.start < segment
                        || e.anchor == an) {
                    return false;
                }
            }
            for (int k = 0; k < n - 1; k++) {
                Emitted e = before.get(k);
                Item change = changes.get(k);
                change.used = true;
                e.builder.change = change.q;
                e.builder.end = change.end;
                e.builder.text = text.subSequence(e.builder.start, change.end).toString();
                Statement old = out.get(e.index);
                Statement st = e.builder.build();
                out.set(e.index, st);
                if (headingStatements.remove(old)) {
                    headingStatements.add(st);
                }
            }
            Group g = new Group();
            g.indicator = an.indicator;
            g.level = levels.isEmpty() ? null : levels.get(0);
            g.change = changes.get(n - 1);
            flush(an, g);
            return true;
        }

        /**
         * The regions listed with 、 right before the name ("东城区、西城区地区生产总值分别增长"), or from a name implied
         * at the start of the list ("分区看，顺义区、大兴区分别增长"), when 分别 follows; else an empty list.
         */
        private List<String> regionsListedAt(Anchor an) {
            List<String> list = new ArrayList<>();
            if (an.start == an.end) {
                int i = an.start;
                while (regionAt(i) > i) {
                    list.add(text.subSequence(i, regionAt(i)).toString());
                    i = regionAt(i);
                    if (i >= se || t[i] != '、') {
                        break;
                    }
                    i++;
                }
                return at(i, se, "分别") && list.size() > 1 ? list : List.of();
            }
            int i = an.start;
            while (i - 3 >= ss && regionAt(i - 3) == i) {
                list.add(0, text.subSequence(i - 3, i).toString());
                i -= 3;
                if (i - 1 < ss || t[i - 1] != '、') {
                    break;
                }
                i--;
            }
            return list.size() > 1 && at(an.end, se, "分别") ? list : List.of();
        }

        /** Sorts the levels and changes of {@code roles} into the lists; false when it holds other roles too. */
        private boolean levelsAndChanges(List<Object[]> roles, List<Item> levels, List<Item> changes) {
            boolean only = true;
            for (Object[] r : roles) {
                if (r[0] == Role.LEVEL) {
                    levels.add((Item) r[1]);
                } else if (r[0] == Role.CHANGE) {
                    changes.add((Item) r[1]);
                } else {
                    only = false;
                }
            }
            return only;
        }

        private boolean wordBetween(int from, int to, String w) {
            for (int i = from; i + w.length() <= to; i++) {
                if (at(i, to, w)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The names listed with 、, 和 or 与 before {@code an} and not linked yet, and {@code an}: in
         * "规上工业增加值、固定资产投资分别增长" both; else {@code an} alone.
         */
        private List<Anchor> listedWith(Anchor an) {
            List<Anchor> list = new ArrayList<>();
            list.add(an);
            int k = anchors.indexOf(an);
            Anchor next = an;
            while (--k >= 0) {
                Anchor a = anchors.get(k);
                int gap = next.start - a.end;
                if (a.linked || a.firm || a.end > next.start || gap != 1 || !(t[a.end] == '、' || t[a.end] == '和'
                        || t[a.end] == '与' || t[a.end] == '及') || overlapsItem(a.end, next.start)) {
                    break;
                }
                list.add(0, a);
                next = a;
            }
            return list;
        }

        /** Emits the group so far and starts an empty one for {@code indicator}. */
        private Group restart(Anchor an, Group g, Indicator indicator) {
            flush(an, g);
            Group next = new Group();
            next.indicator = indicator;
            return next;
        }

        /**
         * True when {@code g} holds only a level crossed as a threshold (突破, 超过: more than) and {@code exact} is a
         * plain level of the same unit in the next clause: "生产总值突破9万亿元，达到90131亿元".
         */
        private boolean coarseBefore(Group g, Item exact) {
            if (g.change != null || g.level.q == null || exact.q == null) {
                return false;
            }
            Quantity coarse = g.level.q.quantity();
            Quantity q = exact.q.quantity();
            return coarse.qualifier() == Qualifier.MORE_THAN
                    && q.qualifier() == Qualifier.EXACT && q.change().isEmpty() && coarse.unit() == q.unit()
                    && clauseStart(exact.start) != clauseStart(g.level.start);
        }

        /** The share indicator of an amount: LIVELIHOOD_SPENDING_SHARE, TAX_REVENUE → TAX_SHARE; else OTHER. */
        private Indicator shareOf(Indicator amount) {
            String code = amount.code();
            while (true) {
                Optional<Indicator> share = catalog.find(code + "_SHARE");
                if (share.isPresent()) {
                    return share.get();
                }
                int cut = code.lastIndexOf('_');
                if (cut <= 0) {
                    return Indicator.other();
                }
                code = code.substring(0, cut);
            }
        }

        /**
         * The names listed with 、 before an industry's name ("高端装备零部件、炭材料产业年产值" lists 高端装备零部件), when the
         * name is written after 产业 or 行业; empty otherwise.
         */
        private List<int[]> listedBefore(Anchor an) {
            List<int[]> list = new ArrayList<>();
            int cs = clauseStart(an.start);
            if (!at(an.start - 2, an.start, "产业") && !at(an.start - 2, an.start, "行业")
                    || an.start - cs > MAX_OTHER_NAME) {
                return list;
            }
            while (cs - 1 > ss && t[cs - 1] == '、' && list.size() < 5) {
                int ps = skipBlank(clauseStart(cs - 1), cs - 1);
                int pe = cs - 1;
                if (pe - ps < 2 || pe - ps > MAX_OTHER_NAME || overlapsItem(ps, pe) || insideAnchor(ps, pe)) {
                    break;
                }
                for (int i = ps; i < pe; i++) {
                    if (!Regions.cjk(t[i]) && t[i] != '“' && t[i] != '”') {
                        return list;
                    }
                }
                list.add(0, new int[] {ps, pe});
                cs = clauseStart(pe);
            }
            return list;
        }

        /** True when a period opens the clause at {@code cs}, before {@code pos}. */
        private boolean opensWithPeriod(int cs, int pos) {
            for (PeriodScanner.Mention m : periods) {
                if (m.start >= cs && m.end <= pos && m.period != null && m.role != PeriodScanner.Role.BASE
                        && m.role != PeriodScanner.Role.DATE && opensClause(ss, m.start)
                        && clauseStart(m.start) == cs) {
                    return true;
                }
            }
            return false;
        }

        /** "城乡居民人均可支配收入均增长6%": one change for every part. */
        private boolean sharedWord(Anchor an, Item change) {
            for (int i = an.end; i < change.start; i++) {
                if (t[i] == '均' && !(i > an.end && t[i - 1] == '年')) {
                    return true;
                }
            }
            return false;
        }

        private void flush(Anchor an, Group g) {
            if (g.level == null && g.change == null) {
                return; // a rank alone (增幅稳居全市首位) states no value
            }
            if (an.firm) {
                for (Item it : new Item[] {g.level, g.change, g.rank}) {
                    if (it != null) {
                        it.used = true;
                    }
                }
                an.linked = true;
                return;
            }
            int end = an.end;
            int start = an.start;
            for (Item it : new Item[] {g.level, g.change, g.rank}) {
                if (it != null) {
                    it.used = true;
                    end = Math.max(end, it.end);
                    start = Math.min(start, it.start);
                }
            }
            Statement.Builder b = Statement.builder();
            b.indicator = g.indicator;
            b.name = an.name != null ? an.name : text.subSequence(an.start, an.end).toString().strip();
            b.value = g.level == null ? null : g.level.q;
            b.change = g.change == null ? null : g.change.q;
            b.rank = g.rank == null ? null : g.rank.rank;
            b.start = start;
            b.end = end;
            b.text = text.subSequence(start, end).toString();
            b.subject = subject(an.start);
            Item first = g.change != null && (g.level == null || g.change.start < g.level.start) ? g.change : g.level;
            int cs = clauseStart(first.start);
            if (g.subject != null) {
                b.subject = g.subject;
            } else if (cs > an.end) {
                int rs = skipBlank(cs, first.start);
                if (regionAt(rs) > rs) {
                    b.subject = text.subSequence(rs, regionAt(rs)).toString();
                }
            }
            int firstValue = end;
            for (Item it : new Item[] {g.level, g.change, g.rank}) {
                if (it != null) {
                    firstValue = Math.min(firstValue, it.start);
                }
            }
            decide(b, an, firstValue);
            an.linked = true;
            Statement st = b.build();
            emitted.add(new Emitted(an, b, out.size()));
            out.add(st);
            if (heading) {
                headingStatements.add(st);
            }
        }

        // ------------------------------------------------------------ subject

        private String subject(int anchorStart) {
            String region = context.region().orElse(null);
            String found = null;
            int foundAt = -1;
            // A subject stands in the indicator's own clause or opens the sentence ("今年上半年,平阴县…").
            int clause = clauseStart(anchorStart);
            int first = ss;
            while (first < se && !clauseEnd(t[first]) && !segmentEnd(t[first])) {
                first++;
            }
            for (DictionaryMatcher.Match<String> c : lex.collectives.find(t, ss, anchorStart)) {
                if (c.start >= first && c.start < clause) {
                    continue;
                }
                if (!insideRank(c.start) && c.start > foundAt) {
                    found = collective(c.value, region);
                    foundAt = c.start;
                }
            }
            for (int p = ss + 2; p < anchorStart; p++) {
                int s = Regions.nameStartingBefore(t, p, ss, se);
                if (s >= first && s < clause) {
                    continue;
                }
                if (s >= 0 && s > foundAt && !insideRank(s)
                        && (p + 1 == anchorStart || knownRegion(new String(t, s, p + 1 - s)))) {
                    found = text.subSequence(s, p + 1).toString();
                    foundAt = s;
                }
            }
            return found != null ? found : region;
        }

        /** A name is taken as a subject only when the report uses it more than once (not 确保县 …). */
        private boolean knownRegion(String name) {
            if (context.region().map(name::equals).orElse(false)) {
                return true;
            }
            if (regionCounts == null) {
                regionCounts = ContextDetector.regionCounts(t);
            }
            return regionCounts.getOrDefault(name, 0) >= 2;
        }

        private boolean insideRank(int pos) {
            for (Item it : items) {
                if (it.rank != null && it.start <= pos && pos < it.end) {
                    return true;
                }
            }
            return false;
        }

        private String collective(String word, String region) {
            if (region == null) {
                return word;
            }
            char suffix = word.charAt(word.length() - 1);
            if (word.endsWith("域")) {
                return region;
            }
            if (region.charAt(region.length() - 1) == suffix) {
                return region;
            }
            // 全区 in a report detected as a 市's: the district the text names most often, if it names one twice.
            if (regionCounts == null) {
                regionCounts = ContextDetector.regionCounts(t);
            }
            String best = word;
            int bestCount = 1;
            for (java.util.Map.Entry<String, Integer> e : regionCounts.entrySet()) {
                String name = e.getKey();
                if (name.charAt(name.length() - 1) == suffix && (e.getValue() > bestCount
                        || e.getValue() == bestCount && best != word && name.compareTo(best) < 0)) {
                    best = name;
                    bestCount = e.getValue();
                }
            }
            return best;
        }

        // ------------------------------------------------------------ period, fact or target

        /**
         * True when a period opens a clause that holds values, names no indicator and continues an indicator named
         * earlier in the segment: in "地区生产总值年均增长8%以上，到2026年突破300亿元" the year dates only the value of
         * its own clause, not the clauses that follow.
         */
        private boolean scopedToItsClause(PeriodScanner.Mention m) {
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

        /**
         * True when {@code m} stands in the sentence's first clause before any indicator: "主計總處並預測113年全年經濟成長率
         * 為3.94％，平均每人GDP為…" dates every clause.
         */
        private boolean beforeFirstAnchor(PeriodScanner.Mention m) {
            int first = ss;
            while (first < se && !clauseEnd(t[first]) && !segmentEnd(t[first])) {
                first++;
            }
            if (m.end > first) {
                return false;
            }
            for (Anchor a : anchors) {
                if (a.start < m.end) {
                    return false;
                }
            }
            for (Item it : items) {
                if (it.start < m.end) {
                    return false;
                }
            }
            return true;
        }

        /** True for a plan's years (“十四五”, 2021—2025年), which a report in their last months reviews. */
        private boolean planEnding(Period period) {
            return period.start().getYear() < period.end().getYear() && !horizonIn(period);
        }

        /** True when a deadline of the sentence names {@code period}: "到“十四五”末…" is still a goal. */
        private boolean horizonIn(Period period) {
            for (PeriodScanner.Mention m : periods) {
                if (m.role == PeriodScanner.Role.HORIZON && period.equals(m.period)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "“十四五”时期，…一般公共预算收入由2020年的762亿元增加到2025年的1010亿元": a level reached from the year
         * before the span the sentence opens with to its last year restates that span (2021 to 2025); else
         * {@code period}.
         */
        private Period sinceBase(PeriodScanner.Mention pm, Period period) {
            if (!period.isYear()) {
                return period;
            }
            int cs = clauseStart(pm.start);
            for (PeriodScanner.Mention m : periods) {
                if (m.role == PeriodScanner.Role.BASE && m.start >= cs && m.end <= pm.start && m.period != null
                        && m.period.isYear() && m.start > 0 && (t[m.start - 1] == '由' || t[m.start - 1] == '从')) {
                    Period span = Period.years(m.period.end().getYear() + 1, period.end().getYear());
                    for (PeriodScanner.Mention open : periods) {
                        if (open.role == PeriodScanner.Role.PLAIN && span.equals(open.period) && open.start < cs
                                && opensClause(ss, open.start)) {
                            return span;
                        }
                    }
                }
            }
            return period;
        }

        private void decide(Statement.Builder b, Anchor an, int firstValue) {
            PeriodScanner.Mention pm = null;
            int clause = clauseStart(an.start);
            boolean planned = false;
            for (PeriodScanner.Mention m : periods) {
                planned |= m.role == PeriodScanner.Role.HORIZON && m.start < firstValue;
                if (m.start < firstValue && m.role != PeriodScanner.Role.BASE && m.role != PeriodScanner.Role.DATE
                        && m.period != null && (m.start >= clause || beforeFirstAnchor(m)
                        || opensClause(ss, m.start) && !scopedToItsClause(m))
                        && !(m.role == PeriodScanner.Role.SPAN && planned)) {
                    // "到2030年，…，五年年均增长5%" counts the years of the plan, not those reviewed.
                    pm = m;
                }
            }
            if (pm == null) {
                pm = paragraphPeriod;
            }
            Period period;
            boolean since = false;
            boolean horizon = false;
            if (pm != null) {
                period = pm.period;
                since = pm.role == PeriodScanner.Role.SINCE || pm.role == PeriodScanner.Role.NOW;
                horizon = pm.role == PeriodScanner.Role.HORIZON;
                if (pm.role == PeriodScanner.Role.SINCE && date != null) {
                    YearMonth last = YearMonth.from(date);
                    if (years.review < years.report && period.start().getMonthValue() == 1
                            && period.start().getYear() <= years.review) {
                        // "“十三五”以来" in a report of January 2019 reviews whole years: 2016 to 2018.
                        period = Period.years(period.start().getYear(), years.review);
                    } else if (period.start().isBefore(last)) {
                        period = Period.months(period.start(), last);
                    }
                }
                period = sinceBase(pm, period);
            } else {
                period = sectionPeriod;
            }
            DictionaryMatcher.Match<Lexicon.CueRole> target = null;
            DictionaryMatcher.Match<Lexicon.CueRole> estimate = null;
            for (DictionaryMatcher.Match<Lexicon.CueRole> c : cues) {
                if (c.start < firstValue) {
                    if (c.value == Lexicon.CueRole.TARGET) {
                        target = c;
                    } else if (c.value == Lexicon.CueRole.ESTIMATE) {
                        estimate = c;
                    }
                }
            }
            if (target != null && pm != null && pm == paragraphPeriod && date != null && period.endDate().isBefore(date)
                    && years.report > 0) {
                // "下一步，…将力争…": a plan after a paragraph about the past is for the report's year.
                period = Period.year(years.report);
            }
            if (target != null && pm != null && at(pm.start, pm.end, "全年") && years.report > 0) {
                period = Period.year(years.report); // 力争全年…: the year the plan is for
            }
            boolean over = period != null && date != null && (period.endDate().isBefore(date)
                    || target == null && (estimate != null || planEnding(period)) && !period.startDate().isAfter(date)
                    && period.endDate().isBefore(date.plusMonths(ESTIMATE_MONTHS)));
            boolean unfinished = period != null && date != null && !over;
            StatementKind kind;
            String commitment = null;
            if (over) {
                kind = StatementKind.FACT;
            } else if (target != null) {
                kind = StatementKind.TARGET;
                commitment = text.subSequence(target.start, target.end).toString();
            } else if (horizon) {
                // 到2027年…: the horizon itself is the commitment.
                kind = StatementKind.TARGET;
                int from = pm.start > 0 && (t[pm.start - 1] == '到' || t[pm.start - 1] == '至') ? pm.start - 1
                        : pm.start;
                commitment = text.subSequence(from, pm.end).toString();
            } else if (estimate != null && (period == null || unfinished) && date != null && period != null
                    && period.startDate().isAfter(date)) {
                kind = StatementKind.TARGET;
                commitment = text.subSequence(estimate.start, estimate.end).toString();
            } else if (unfinished && !since) {
                kind = StatementKind.TARGET;
            } else {
                kind = StatementKind.FACT;
            }
            if (period == null && date != null) {
                // No period written or carried: a fact is about the year under review, a target about this year.
                period = Period.year(kind == StatementKind.TARGET ? years.report : years.review);
            }
            b.kind = kind;
            b.period = period;
            b.commitment = commitment;
            b.estimated = kind == StatementKind.FACT && estimate != null;
        }
    }
}
