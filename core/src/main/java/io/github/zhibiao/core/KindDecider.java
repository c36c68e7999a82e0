package io.github.zhibiao.core;

import static io.github.zhibiao.core.Clauses.clauseEnd;
import static io.github.zhibiao.core.Clauses.segmentEnd;

import io.github.zhibiao.core.Sentence.Anchor;
import io.github.zhibiao.core.Sentence.Item;
import java.time.YearMonth;

/**
 * Decides the period of a statement and whether it is a fact or a target, from the periods and cue words before its
 * first value and the report's date: in a work report of January 2025, "2025年，全市地区生产总值力争增长6%" is a target
 * with commitment 力争, "2024年地区生产总值增长5.2%" a fact.
 *
 * <p>One instance reads one sentence, on one thread; it holds no state of its own.
 */
final class KindDecider {
    /**
     * A period that ends this many months after the report date at most is reviewed as over when its figures are
     * estimated (预计2025年… in a plan proposal of November 2025); a longer one is forecast.
     */
    private static final int ESTIMATE_MONTHS = 3;

    private final Sentence sentence;
    private final ParseState parse;
    private final char[] t;
    private final CharSequence text;
    private final Clauses clauses;

    KindDecider(Sentence sentence) {
        this.sentence = sentence;
        this.parse = sentence.parse;
        this.t = sentence.t;
        this.text = sentence.text;
        this.clauses = sentence.clauses;
    }

    /**
     * True when {@code m} stands in the sentence's first clause before any indicator: "主計總處並預測113年全年經濟成長率
     * 為3.94％，平均每人GDP為…" dates every clause.
     */
    private boolean beforeFirstAnchor(PeriodScanner.Mention m) {
        int first = sentence.ss;
        while (first < sentence.se && !clauseEnd(t[first]) && !segmentEnd(t[first])) {
            first++;
        }
        if (m.end > first) {
            return false;
        }
        for (Anchor a : sentence.anchors) {
            if (a.start < m.end) {
                return false;
            }
        }
        for (Item it : sentence.items) {
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
        for (PeriodScanner.Mention m : sentence.periods) {
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
        int cs = sentence.clauseStart(pm.start);
        for (PeriodScanner.Mention m : sentence.periods) {
            if (m.role == PeriodScanner.Role.BASE && m.start >= cs && m.end <= pm.start && m.period != null
                    && m.period.isYear() && m.start > 0 && (t[m.start - 1] == '由' || t[m.start - 1] == '从')) {
                Period span = Period.years(m.period.end().getYear() + 1, period.end().getYear());
                for (PeriodScanner.Mention open : sentence.periods) {
                    if (open.role == PeriodScanner.Role.PLAIN && span.equals(open.period) && open.start < cs
                            && clauses.opensClause(sentence.ss, open.start)) {
                        return span;
                    }
                }
            }
        }
        return period;
    }

    /** True when a cue word opens its clause ("，预计增长5.4%"). */
    private boolean opensClause(DictionaryMatcher.Match<Lexicon.CueRole> c) {
        return clauses.skipBlank(sentence.clauseStart(c.start), c.start) == c.start;
    }

    /**
     * True when a later clause opens with an estimate or an outcome ("计划增长6%左右，预计增长5.4%"): the plan before
     * it is a target even of a year under review, as in a plan's execution report.
     */
    private boolean outcomeAfter(int value) {
        for (DictionaryMatcher.Match<Lexicon.CueRole> c : sentence.cues) {
            if (c.start > value && c.value != Lexicon.CueRole.TARGET && opensClause(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a goal a party congress set with no year written ("县第十四次党代会确定了今后五年的奋斗目标：地区生产总值突破
     * 400亿元"): its years count from a congress the text does not date, so the goal has no period.
     */
    private boolean partyCongressGoal(PeriodScanner.Mention pm, int firstValue) {
        boolean congress = false;
        for (int i = sentence.ss; i < firstValue && !congress; i++) {
            congress = t[i] == '党' && clauses.at(i, firstValue, "党代会");
        }
        return congress && (pm == null || pm.start < sentence.ss || clauses.at(pm.start, pm.end, "今后")
                || clauses.at(pm.start, pm.end, "未来"));
    }

    void decide(Statement.Builder b, Anchor an, int firstValue) {
        PeriodScanner.Mention pm = null;
        int clause = sentence.clauseStart(an.start);
        boolean planned = false;
        for (PeriodScanner.Mention m : sentence.periods) {
            planned |= m.role == PeriodScanner.Role.HORIZON && m.start < firstValue;
            if (m.start < firstValue && m.role != PeriodScanner.Role.BASE && m.role != PeriodScanner.Role.DATE
                    && m.period != null && (m.start >= clause || beforeFirstAnchor(m)
                    || clauses.opensClause(sentence.ss, m.start) && !sentence.scopedToItsClause(m))
                    && !(m.role == PeriodScanner.Role.SPAN && planned)) {
                // "到2030年，…，五年年均增长5%" counts the years of the plan, not those reviewed.
                pm = m;
            }
        }
        if (pm == null) {
            pm = sentence.paragraphPeriod;
        }
        Period period;
        boolean since = false;
        boolean horizon = false;
        if (pm != null) {
            period = pm.period;
            since = pm.role == PeriodScanner.Role.SINCE || pm.role == PeriodScanner.Role.NOW;
            horizon = pm.role == PeriodScanner.Role.HORIZON;
            if (pm.role == PeriodScanner.Role.SINCE && parse.date != null) {
                YearMonth last = YearMonth.from(parse.date);
                if (parse.years.review < parse.years.report && period.start().getMonthValue() == 1
                        && period.start().getYear() <= parse.years.review) {
                    // "“十三五”以来" in a report of January 2019 reviews whole years: 2016 to 2018.
                    period = Period.years(period.start().getYear(), parse.years.review);
                } else if (period.start().isBefore(last)) {
                    period = Period.months(period.start(), last);
                }
            }
            period = sinceBase(pm, period);
        } else {
            period = parse.sectionPeriod();
        }
        DictionaryMatcher.Match<Lexicon.CueRole> target = null;
        DictionaryMatcher.Match<Lexicon.CueRole> estimate = null;
        for (DictionaryMatcher.Match<Lexicon.CueRole> c : sentence.cues) {
            if (c.start < firstValue) {
                if (c.value == Lexicon.CueRole.TARGET) {
                    target = c;
                } else if (c.value == Lexicon.CueRole.ESTIMATE) {
                    estimate = c;
                }
                if (c.value != Lexicon.CueRole.TARGET && target != null && opensClause(c)) {
                    target = null; // "计划增长6%左右，预计增长5.4%": the outcome after the plan
                }
            }
        }
        boolean plannedBeforeOutcome = target != null && target.start >= sentence.clauseStart(firstValue)
                && outcomeAfter(firstValue);
        if (target != null && pm != null && pm == sentence.paragraphPeriod && parse.date != null
                && period.endDate().isBefore(parse.date) && parse.years.report > 0) {
            // "下一步，…将力争…": a plan after a paragraph about the past is for the report's year.
            period = Period.year(parse.years.report);
        }
        if (target != null && pm != null && clauses.at(pm.start, pm.end, "全年") && parse.years.report > 0) {
            period = Period.year(parse.years.report); // 力争全年…: the year the plan is for
        }
        boolean over = !plannedBeforeOutcome && period != null && parse.date != null && (period.endDate().isBefore(parse.date)
                || target == null && (estimate != null || planEnding(period)) && !period.startDate().isAfter(parse.date)
                && period.endDate().isBefore(parse.date.plusMonths(ESTIMATE_MONTHS)));
        // An undated text opening on its review year ("2022年，…") plans for the years after it ("展望2023年，…").
        boolean unfinished = period != null && (parse.date != null ? !over
                : parse.years.review > 0 && period.start().getYear() > parse.years.review);
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
        } else if (estimate != null && period != null && parse.date != null && period.startDate().isAfter(parse.date)) {
            kind = StatementKind.TARGET;
            commitment = text.subSequence(estimate.start, estimate.end).toString();
        } else if (unfinished && !since) {
            kind = StatementKind.TARGET;
        } else {
            kind = StatementKind.FACT;
        }
        if (pm == null && target == null && estimate == null && parse.frame.kind() != TimeFrame.Kind.NONE) {
            // No period and no cue in the sentence: the section's heading decides ("一、2025年工作回顾" reviews,
            // "三、2026年重点工作" plans).
            kind = parse.frame.kind() == TimeFrame.Kind.REVIEW ? StatementKind.FACT : StatementKind.TARGET;
        }
        if (kind == StatementKind.TARGET && partyCongressGoal(pm, firstValue)) {
            period = null;
        } else if (period == null && (parse.date != null || kind == StatementKind.FACT && parse.years.review > 0)) {
            // No period written or carried: a fact is about the year under review, a target about this year; an
            // undated text knows its review year (ParseState) but not for sure the year of its plans.
            period = Period.year(kind == StatementKind.TARGET ? parse.years.report : parse.years.review);
        }
        b.kind = kind;
        b.period = period;
        b.commitment = commitment;
        b.estimated = kind == StatementKind.FACT && estimate != null;
    }
}
