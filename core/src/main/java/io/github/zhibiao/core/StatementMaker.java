package io.github.zhibiao.core;

import static io.github.zhibiao.core.Clauses.segmentEnd;

import io.github.zhibiao.core.Roles.Role;
import io.github.zhibiao.core.Sentence.Anchor;
import io.github.zhibiao.core.Sentence.Item;
import io.github.zhibiao.numbers.Qualifier;
import io.github.zhibiao.numbers.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Groups the linked values of a name into statements and makes them: one per level-and-change, split over the parts of
 * a composite indicator (城乡居民人均可支配收入), over the names or regions before 分别 ("规上工业增加值、固定资产投资
 * 分别增长5%、6%"), or when a clause opens with a period of its own; each gets its subject, period and kind.
 *
 * <p>One instance makes the statements of one sentence, on one thread; it is mutable and not shared.
 */
final class StatementMaker {
    /** A statement made from an anchor, with its builder and its index in the output. */
    static final class Emitted {
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
    static final class Group {
        Indicator indicator;
        Item level;
        Item change;
        Item rank;
        /** The region of a list the change belongs to ("顺义区、大兴区分别增长9.3%、11.2%"), or null. */
        String subject;
    }

    private final Sentence sentence;
    private final ParseState parse;
    private final char[] t;
    private final CharSequence text;
    private final Clauses clauses;
    private final SubjectResolver subjects;
    private final KindDecider kinds;
    /** The statements made in this sentence, in order, so that a later 分别 can complete them. */
    private final List<Emitted> emitted = new ArrayList<>();

    StatementMaker(Sentence sentence, SubjectResolver subjects, KindDecider kinds) {
        this.sentence = sentence;
        this.parse = sentence.parse;
        this.t = sentence.t;
        this.text = sentence.text;
        this.clauses = sentence.clauses;
        this.subjects = subjects;
        this.kinds = kinds;
    }

    void emit(Anchor an, List<Roles.Assigned> roles) {
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
            // "城乡居民人均可支配收入均增长6%", "…增长与经济增长同步，预计增长6.5%": one change for every part.
            boolean shared = changes.size() == 1 && levels.isEmpty();
            // "城镇和农村居民人均可支配收入分别达35512元、25689元，分别同比增长7.8%": a level each, one rate for both.
            boolean levelsSharedChange = levels.size() == n && changes.size() == 1 && n > 1;
            if (byChange || byLevel || shared || levelsSharedChange) {
                for (int p = 0; p < n; p++) {
                    Group g = new Group();
                    g.indicator = parse.catalog.find(ind.parts().get(p)).orElse(ind);
                    g.level = levels.isEmpty() ? null : levels.get(p);
                    g.change = changes.isEmpty() ? null : changes.get(shared || levelsSharedChange ? 0 : p);
                    flush(an, g);
                }
                return;
            }
        }
        if (respectively(an, roles) || shared(an, roles)) {
            return;
        }
        if (Sentence.INDUSTRY_SCOPED.contains(ind.code()) && roles.size() == 1 && roles.get(0).role() == Role.LEVEL) {
            // "高端装备零部件、炭材料产业年产值先后突破百亿元": one value for each industry listed.
            for (int[] industry : listedBefore(an)) {
                Group shared = new Group();
                shared.indicator = ind;
                shared.level = roles.get(0).item();
                flush(new Anchor(industry[0], industry[1], ind), shared);
            }
        }
        Group g = new Group();
        g.indicator = ind;
        int groupClause = -1;
        List<String> regions = regionsListedAt(an);
        int changeCount = 0;
        for (Roles.Assigned r : roles) {
            changeCount += r.role() == Role.CHANGE ? 1 : 0;
        }
        if (regions.size() > changeCount) {
            regions = List.of();
        }
        int nextRegion = 0;
        for (Roles.Assigned r : roles) {
            Role role = r.role();
            Item it = r.item();
            int itemClause = sentence.clauseStart(it.start);
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
    private boolean respectively(Anchor an, List<Roles.Assigned> roles) {
        List<Item> levels = new ArrayList<>();
        List<Item> changes = new ArrayList<>();
        if (!levelsAndChanges(roles, levels, changes)) {
            return false;
        }
        if (changes.isEmpty() && levels.size() >= 2 && clauses.wordBetween(an.end, levels.get(0).start, "分别")) {
            // "地方财政收入、支出分别突破300亿元和3000亿元": the levels after 分别, in order, to the names listed.
            List<Anchor> listed = listedWith(an);
            if (listed.size() != levels.size()) {
                return false;
            }
            for (int k = 0; k < levels.size(); k++) {
                Group g = new Group();
                g.indicator = listed.get(k).indicator;
                g.level = levels.get(k);
                flush(listed.get(k), g);
            }
            return true;
        }
        int n = changes.size();
        if (n < 2 || !clauses.wordBetween(an.end, changes.get(0).start, "分别") && !pairedRates(changes)) {
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
        int place = placeInList(an, n);
        if (place >= 0 && levels.size() <= 1) {
            // "单位国内生产总值能耗和二氧化碳排放分别降低16%和17%": the list names n things, only some of them known
            // indicators; this name takes the rate of its place and leaves the others' rates alone.
            for (Item c : changes) {
                c.used = true;
            }
            Group g = new Group();
            g.indicator = an.indicator;
            g.level = levels.isEmpty() ? null : levels.get(0);
            g.change = changes.get(place);
            flush(an, g);
            return true;
        }
        if (levels.size() > 1 || emitted.size() < n - 1) {
            return false;
        }
        int segment = an.start;
        while (segment > sentence.ss && !segmentEnd(t[segment - 1])) {
            segment--;
        }
        List<Emitted> before = emitted.subList(emitted.size() - (n - 1), emitted.size());
        for (Emitted e : before) {
            // Only levels stated before this name take its rates: in "居民收入分别增长5%、6%，城镇化率62%" the
            // 62% comes after the rates and is no partner of them.
            if (e.builder.change != null || e.builder.value == null || e.builder.start < segment
                    || e.anchor == an || e.builder.end > changes.get(0).start) {
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
            Statement old = parse.out.get(e.index);
            Statement st = e.builder.build();
            parse.out.set(e.index, st);
            if (parse.headingStatements.remove(old)) {
                parse.headingStatements.add(st);
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
     * True when the rates stand next to each other joined by 和, 与 or 、 ("实际增长8.4%和8%"): a list of rates that,
     * like one after 分别, goes in order to the names listed before it.
     */
    private boolean pairedRates(List<Item> changes) {
        for (int k = 1; k < changes.size(); k++) {
            int gap = changes.get(k).start - changes.get(k - 1).end;
            char c = t[changes.get(k - 1).end];
            if (gap != 1 || c != '和' && c != '与' && c != '、') {
                return false;
            }
        }
        return true;
    }

    /**
     * The place of {@code an} in a list of {@code n} things joined by 和, 与, 及 or 、 before 分别 in its clause, when
     * the list has exactly {@code n} items and is not only of catalog names (those {@link #listedWith} handles);
     * else -1.
     */
    private int placeInList(Anchor an, int n) {
        int cs = clauses.skipBlank(sentence.clauseStart(an.start), an.start);
        int resp = -1;
        for (int i = an.end; i + 2 <= sentence.se && i < an.end + 24; i++) {
            if (clauses.at(i, sentence.se, "分别")) {
                resp = i;
                break;
            }
            if (Clauses.clauseEnd(t[i]) && t[i] != '、' || segmentEnd(t[i])) {
                return -1;
            }
        }
        if (resp < 0) {
            return -1;
        }
        int items = 1;
        int place = -1;
        for (int i = cs; i < resp; i++) {
            if (i == an.start) {
                place = items - 1;
            }
            char c = t[i];
            if (c == '和' || c == '与' || c == '及' || c == '、') {
                if (i >= an.start && i < an.end) {
                    continue; // inside the name itself
                }
                items++;
            }
        }
        return items == n && place >= 0 && listedWith(an).size() < n ? place : -1;
    }

    /**
     * Gives one rate to every name listed before 均 or 都 and returns true: "城镇常住居民人均可支配收入、农村常住居民
     * 人均可支配收入均增长8%"; false when the sentence is not of that shape.
     */
    private boolean shared(Anchor an, List<Roles.Assigned> roles) {
        if (roles.size() != 1 || roles.get(0).role() != Role.CHANGE) {
            return false;
        }
        Item change = roles.get(0).item();
        if (!clauses.wordBetween(an.end, change.start, "均") && !clauses.wordBetween(an.end, change.start, "都")
                && !clauses.wordBetween(an.end, change.start, "分别")) {
            return false; // "城镇居民人均可支配收入和农民人均纯收入分别增长10%": one rate for both, too
        }
        List<Anchor> listed = listedWith(an);
        if (listed.size() < 2) {
            return false;
        }
        for (Anchor a : listed) {
            Group g = new Group();
            g.indicator = a.indicator;
            g.change = change;
            flush(a, g);
        }
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
            while (sentence.regionAt(i) > i) {
                list.add(text.subSequence(i, sentence.regionAt(i)).toString());
                i = sentence.regionAt(i);
                if (i >= sentence.se || t[i] != '、') {
                    break;
                }
                i++;
            }
            return clauses.at(i, sentence.se, "分别") && list.size() > 1 ? list : List.of();
        }
        int i = an.start;
        while (i - 3 >= sentence.ss && sentence.regionAt(i - 3) == i) {
            list.add(0, text.subSequence(i - 3, i).toString());
            i -= 3;
            if (i - 1 < sentence.ss || t[i - 1] != '、') {
                break;
            }
            i--;
        }
        return list.size() > 1 && clauses.at(an.end, sentence.se, "分别") ? list : List.of();
    }

    /** Sorts the levels and changes of {@code roles} into the lists; false when it holds other roles too. */
    private boolean levelsAndChanges(List<Roles.Assigned> roles, List<Item> levels, List<Item> changes) {
        boolean only = true;
        for (Roles.Assigned r : roles) {
            if (r.role() == Role.LEVEL) {
                levels.add(r.item());
            } else if (r.role() == Role.CHANGE) {
                changes.add(r.item());
            } else {
                only = false;
            }
        }
        return only;
    }

    /**
     * The names listed with 、, 和 or 与 before {@code an} and not linked yet, and {@code an}: in
     * "规上工业增加值、固定资产投资分别增长" both; else {@code an} alone.
     */
    private List<Anchor> listedWith(Anchor an) {
        List<Anchor> list = new ArrayList<>();
        list.add(an);
        int k = sentence.anchors.indexOf(an);
        Anchor next = an;
        while (--k >= 0) {
            Anchor a = sentence.anchors.get(k);
            int gap = next.start - a.end;
            if (a.linked || a.firm || a.end > next.start || gap != 1 || !(t[a.end] == '、' || t[a.end] == '和'
                    || t[a.end] == '与' || t[a.end] == '及') || sentence.overlapsItem(a.end, next.start)) {
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
                && sentence.clauseStart(exact.start) != sentence.clauseStart(g.level.start);
    }

    /**
     * The share indicator of an amount: LIVELIHOOD_SPENDING_SHARE, TAX_REVENUE → TAX_SHARE, RD_EXPENDITURE →
     * RD_INTENSITY (研发经费占地区生产总值的比重); else OTHER.
     */
    private Indicator shareOf(Indicator amount) {
        String code = amount.code();
        while (true) {
            String stem = code;
            Optional<Indicator> share = parse.catalog.find(stem + "_SHARE")
                    .or(() -> parse.catalog.find(stem + "_INTENSITY"));
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
        int cs = sentence.clauseStart(an.start);
        if (!clauses.at(an.start - 2, an.start, "产业") && !clauses.at(an.start - 2, an.start, "行业")
                || an.start - cs > Linker.MAX_OTHER_NAME) {
            return list;
        }
        while (cs - 1 > sentence.ss && t[cs - 1] == '、' && list.size() < 5) {
            int ps = clauses.skipBlank(sentence.clauseStart(cs - 1), cs - 1);
            int pe = cs - 1;
            if (pe - ps < 2 || pe - ps > Linker.MAX_OTHER_NAME || sentence.overlapsItem(ps, pe)
                    || sentence.insideAnchor(ps, pe)) {
                break;
            }
            for (int i = ps; i < pe; i++) {
                if (!Regions.cjk(t[i]) && t[i] != '“' && t[i] != '”') {
                    return list;
                }
            }
            list.add(0, new int[] {ps, pe});
            cs = sentence.clauseStart(pe);
        }
        return list;
    }

    /** True when a period opens the clause at {@code cs}, before {@code pos}. */
    private boolean opensWithPeriod(int cs, int pos) {
        for (PeriodScanner.Mention m : sentence.periods) {
            if (m.start >= cs && m.end <= pos && m.period != null && m.role != PeriodScanner.Role.BASE
                    && m.role != PeriodScanner.Role.DATE && clauses.opensClause(sentence.ss, m.start)
                    && sentence.clauseStart(m.start) == cs) {
                return true;
            }
        }
        return false;
    }

    /**
     * "由2010年的162.4亿元增加到2015年的287.9亿元，年均增长12.1%": an average growth from a base year B to the year E
     * of the level is over the years B+1 to E; null when the statement is not of that shape.
     */
    private Period averageSpan(Statement.Builder b, Group g) {
        if (g.change == null || b.period == null || !b.period.isYear() || g.change.q == null) {
            return null;
        }
        boolean average = g.change.q.quantity().change().flatMap(io.github.zhibiao.numbers.Change::basis)
                .filter(x -> x == io.github.zhibiao.numbers.Basis.ANNUAL_AVERAGE).isPresent();
        int e = b.period.start().getYear();
        for (PeriodScanner.Mention m : sentence.periods) {
            // The base stands in the statement's clause, or in a clause that opens the sentence ("2005年与2000年
            // 相比，国内生产总值增长57.3%").
            if (m.role != PeriodScanner.Role.BASE || m.period == null || m.end > g.change.start || m.start == 0
                    || m.start < sentence.clauseStart(b.start) && sentence.clauseStart(m.start)
                    != clauses.skipBlank(sentence.ss, m.start) && sentence.clauseStart(m.start) != sentence.ss) {
                continue;
            }
            char before = t[m.start - 1];
            int base = m.period.end().getYear();
            // 由2010年的…年均增长; 比2010年增长74%, 比“十五”末增长: a change over the years after the base.
            boolean from = before == '由' || before == '从';
            boolean than = before == '比' || before == '较' || before == '与' || before == '同';
            if ((average && (from || than) || than && e - base > 1) && base < e) {
                return Period.years(base + 1, e);
            }
        }
        return null;
    }

    /** True for a change over several years: 年均增长, 累计下降. */
    private boolean overSpan(Item change) {
        if (change.q != null && change.q.quantity().change().flatMap(io.github.zhibiao.numbers.Change::basis)
                .filter(x -> x == io.github.zhibiao.numbers.Basis.ANNUAL_AVERAGE).isPresent()) {
            return true;
        }
        int from = Math.max(sentence.clauseStart(change.start), change.start - 4);
        return clauses.wordBetween(from, change.start + 2, "累计");
    }

    /**
     * The years a change over several years dated with one year {@code p} spans: to a horizon after the review
     * ("到2030年…年均增长5%") from this year; a plan's last year under review (2025) its five years; this year when it
     * opens a plan (2026), the plan's five years. Null when none applies.
     */
    private Period planSpan(Period p) {
        int report = parse.years.report;
        int review = parse.years.review;
        if (p == null || !p.isYear() || report <= 0) {
            return null;
        }
        int y = p.start().getYear();
        if (y > report) {
            return Period.years(report, y);
        }
        if (y <= review && (y - PeriodScanner.planStart(11)) % 5 == 4) {
            return Period.years(y - 4, y);
        }
        if (y == report && (y - PeriodScanner.planStart(11)) % 5 == 0) {
            return Period.years(y, y + 4);
        }
        return null;
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
        b.subject = subjects.subject(an.start);
        Item first = g.change != null && (g.level == null || g.change.start < g.level.start) ? g.change : g.level;
        int cs = sentence.clauseStart(first.start);
        if (g.subject != null) {
            b.subject = g.subject;
        } else if (cs > an.end) {
            int rs = clauses.skipBlank(cs, first.start);
            if (sentence.regionAt(rs) > rs) {
                b.subject = text.subSequence(rs, sentence.regionAt(rs)).toString();
            }
        }
        int firstValue = end;
        for (Item it : new Item[] {g.level, g.change, g.rank}) {
            if (it != null) {
                firstValue = Math.min(firstValue, it.start);
            }
        }
        kinds.decide(b, an, firstValue);
        an.linked = true;
        Period average = averageSpan(b, g);
        if (average == null && g.change != null && overSpan(g.change)) {
            average = planSpan(b.period);
        }
        if (average == null && g.change != null && g.change.q != null
                && g.change.q.quantity().unit() == io.github.zhibiao.numbers.Unit.TIMES && b.period != null
                && b.period.isYear() && parse.frame.period().filter(f -> !f.isYear()
                && f.end().getYear() == b.period.start().getYear()).isPresent()) {
            // "…全部财政收入完成206.1亿元，增长1.4倍" under "一、“十一五”时期…成就": a multiple is grown over the plan
            // the section reviews, not in its last year.
            average = parse.frame.period().get();
        }
        if (average != null) {
            b.period = average;
        }
        if (b.value != null && b.change != null && b.period != null && !b.period.isYear()
                && b.period.start().getMonthValue() == 1 && b.period.end().getMonthValue() == 12) {
            // "五年来，经济总量突破3万亿元、年均增长4.7%": the level is reached in the last year of the span, the
            // growth is over the span — two cells of a panel, so two statements.
            Statement.Builder level = b.copy();
            level.change = null;
            level.period = Period.year(b.period.end().getYear());
            level.end = Math.max(an.end, b.value.end());
            level.text = text.subSequence(level.start, level.end).toString();
            emitted.add(new Emitted(an, level, parse.out.size()));
            parse.out.add(level.build());
            b.value = null;
        }
        Statement st = b.build();
        emitted.add(new Emitted(an, b, parse.out.size()));
        parse.out.add(st);
        if (sentence.heading) {
            parse.headingStatements.add(st);
        }
    }
}
