package io.github.zhibiao.core;

import static io.github.zhibiao.core.Clauses.clauseEnd;
import static io.github.zhibiao.core.Clauses.segmentEnd;
import static io.github.zhibiao.core.Clauses.sentenceEnd;
import static io.github.zhibiao.core.Clauses.within;

import io.github.zhibiao.core.Sentence.Anchor;
import io.github.zhibiao.core.Sentence.Item;
import io.github.zhibiao.numbers.QuantityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one report, coordinating the parse: lines → sentences (。！？) → segments (；) → clauses (，、：). For each line it
 * scans quantities, periods, indicator names ({@link IndicatorCatalog}), cue words and ranks ({@link Ranks}), hands each
 * sentence to {@link Sentence}, and carries the period of a sentence ("上半年，…") to the sentences and paragraphs after
 * it; at the end {@link Duplicates} drops repeated statements.
 *
 * <p>One instance reads one report, on one thread; it is not shared.
 */
final class Extractor {
    private static final int MAX_HEADING = 40;
    private static final int MAX_SENTENCE = 1000;
    private final Function<CharSequence, List<QuantityMention>> scanner;
    private final ParseState parse;
    /** The parse's normalized text, read here line by line. */
    private final char[] t;
    private final Clauses clauses;
    /** The period of the last paragraph of a quarter's or half-year's news, which the next paragraphs mean too. */
    private PeriodScanner.Mention carriedPeriod;

    Extractor(IndicatorCatalog catalog, Function<CharSequence, List<QuantityMention>> scanner, CharSequence text,
            char[] normalized, ReportContext context, String sourceName) {
        this.scanner = scanner;
        this.parse = new ParseState(catalog, text, normalized, context, sourceName);
        this.t = normalized;
        this.clauses = parse.clauses;
    }

    Report run() {
        int ls = 0;
        for (int i = 0; i <= t.length; i++) {
            if (i < t.length && t[i] == '\n' && clauses.valueOnNextLine(ls, i)) {
                t[i] = ' '; // one line: t is this parse's own normalized copy, and offsets stay the same
                continue;
            }
            if (i == t.length || t[i] == '\n') {
                if (i > ls) {
                    int made = parse.out.size();
                    try {
                        line(ls, i);
                    } catch (RuntimeException | StackOverflowError ex) {
                        // Only reached if a part of the line outside its sentences fails: keep the rest.
                        parse.failed(made, ls, i, "line", ex);
                    }
                }
                ls = i + 1;
            }
        }
        parse.out.sort(Comparator.comparingInt(Statement::start));
        List<Statement> kept = Duplicates.dropRepeatedHeadings(parse.out, parse.headingStatements);
        parse.warnings.sort(Comparator.comparingInt(ReportWarning::start));
        return Report.of(parse.context, Duplicates.dedupe(kept), parse.sections, parse.warnings, parse.years.report,
                parse.context.region().map(r -> Gazetteer.get().code(r, parse.regionCounts())).orElse(null));
    }

    /**
     * "前年…为786.4亿元，去年达到812.7亿元": a later clause of the sentence opens with another year, so the sentence
     * contrasts years and sets none of them for the sentences after it.
     */
    private boolean contrastsPeriods(int ss, int se, List<PeriodScanner.Mention> periods,
            PeriodScanner.Mention chosen) {
        for (PeriodScanner.Mention m : within(periods, p -> p.start, chosen.end, se)) {
            if (m.role == PeriodScanner.Role.PLAIN && m.period != null && !m.period.equals(chosen.period)
                    && clauses.opensClause(ss, m.start)) {
                return true;
            }
        }
        return false;
    }

    private void line(int ls, int le) {
        int s = clauses.skipBlank(ls, le);
        int e = le;
        while (e > s && t[e - 1] == ' ') {
            e--;
        }
        if (e <= s || clauses.linkLine(s, e)) {
            return;
        }
        boolean heading = e - s <= MAX_HEADING && t[e - 1] != '：' && t[e - 1] != ':';
        for (int i = s; heading && i < e; i++) {
            if (sentenceEnd(t[i]) || segmentEnd(t[i])) {
                heading = false;
            }
        }
        Section section = parse.sectionAt(s);
        parse.frame = section == null ? TimeFrame.none() : section.frame();
        List<PeriodScanner.Mention> periods = framed(PeriodScanner.scan(t, s, e, parse.years, parse.contextYear()));
        List<QuantityMention> qs = scan(s, e);
        if (qs.isEmpty()) {
            return;
        }
        List<DictionaryMatcher.Match<Indicator>> indicators = parse.catalog.matcher().find(t, s, e);
        List<DictionaryMatcher.Match<Lexicon.CueRole>> cues = parse.lex.cues.find(t, s, e);
        List<Item> ranks = Ranks.find(clauses, t, parse.text, s, e);
        // A period named in a sentence holds for the rest of the paragraph until another is named.
        PeriodScanner.Mention paragraphPeriod = carriedPeriod;
        Anchor named = null;
        int ss = s;
        for (int i = s; i <= e; i++) {
            // A sentence also ends after MAX_SENTENCE chars (at a clause mark if there is one), which keeps the
            // work per sentence bounded on text without punctuation.
            if (i == e || sentenceEnd(t[i]) || i - ss >= MAX_SENTENCE
                    && (clauseEnd(t[i]) || segmentEnd(t[i]) || i - ss >= 2 * MAX_SENTENCE)) {
                if (i > ss && !definition(ss, i)) {
                    Sentence sentence = new Sentence(parse, ss, i, within(qs, QuantityMention::start, ss, i),
                            within(indicators, m -> m.start, ss, i), within(cues, m -> m.start, ss, i),
                            within(periods, m -> m.start, ss, i), within(ranks, m -> m.start, ss, i),
                            paragraphPeriod, heading, named);
                    int made = parse.out.size();
                    try {
                        sentence.run();
                    } catch (RuntimeException | StackOverflowError ex) {
                        // A bug on one sentence must not cost the report its other statements, nor pass unsaid.
                        parse.failed(made, ss, i, "sentence", ex);
                        ss = i + 1;
                        continue;
                    }
                    named = sentence.lastNamed().or(sentence::title).orElse(named);
                    PeriodScanner.Mention before = paragraphPeriod;
                    for (PeriodScanner.Mention m : within(periods, p -> p.start, ss, i)) {
                        if (m.start >= ss && m.end <= i && m.period != null && m.role != PeriodScanner.Role.BASE
                                && m.role != PeriodScanner.Role.DATE && m.role != PeriodScanner.Role.SPAN
                                && clauses.opensClause(ss, m.start)
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
        carriedPeriod = parse.context.kind() != ReportKind.WORK_REPORT && paragraphPeriod != null
                && withinOneYear(paragraphPeriod.period) ? paragraphPeriod : null;
    }

    /**
     * In a section that reviews one year, "年内" and "当年" mean that year ("一、2018年工作回顾 … 年内开工项目57个"), not the
     * year of the report.
     */
    private List<PeriodScanner.Mention> framed(List<PeriodScanner.Mention> periods) {
        Period year = parse.sectionPeriod();
        if (parse.frame.kind() != TimeFrame.Kind.REVIEW || year == null || !year.isYear()) {
            return periods;
        }
        List<PeriodScanner.Mention> out = new ArrayList<>(periods.size());
        for (PeriodScanner.Mention m : periods) {
            boolean relative = m.end - m.start == 2 && (clauses.at(m.start, m.end, "年内")
                    || clauses.at(m.start, m.end, "当年"));
            out.add(relative ? new PeriodScanner.Mention(m.start, m.end, m.role, year) : m);
        }
        return out;
    }

    /**
     * True for a 名词解释 entry ("规上工业企业：指年主营业务收入2000万元及以上的工业法人企业"): a definition states a
     * threshold, never a fact or a target.
     */
    private boolean definition(int s, int e) {
        for (int i = s > 0 ? s - 1 : s; i < e; i++) {
            if (t[i] == '：' || t[i] == ':') {
                int j = clauses.skipBlank(i + 1, e);
                return j < e && (t[j] == '指' || j + 1 < e && t[j] == '是' && t[j + 1] == '指');
            }
        }
        return false;
    }

    private static boolean withinOneYear(Period p) {
        return !p.isYear() && p.start().getYear() == p.end().getYear();
    }

    private List<QuantityMention> scan(int s, int e) {
        List<QuantityMention> shifted = new ArrayList<>();
        try {
            scanInto(s, e, shifted);
        } catch (RuntimeException | StackOverflowError ex) {
            // The scanner promises never to throw. If it still does, scan the line again piece by piece (。！？；),
            // keep what the other pieces state, and name the piece that failed.
            shifted.clear();
            int ps = s;
            for (int i = s; i <= e; i++) {
                if (i == e || sentenceEnd(t[i]) || segmentEnd(t[i])) {
                    int made = shifted.size();
                    try {
                        scanInto(ps, Math.min(e, i + 1), shifted);
                    } catch (RuntimeException | StackOverflowError pieceEx) {
                        shifted.subList(made, shifted.size()).clear();
                        parse.failed(parse.out.size(), ps, Math.min(e, i + 1), "quantities of sentence", pieceEx);
                    }
                    ps = i + 1;
                }
            }
        }
        return shifted;
    }

    /** Scans {@code [s, e)} and adds its mentions to {@code into}, placed in the whole text. */
    private void scanInto(int s, int e, List<QuantityMention> into) {
        if (e <= s) {
            return;
        }
        for (QuantityMention m : scanner.apply(parse.text.subSequence(s, e))) {
            if (m.start() < 0 || m.end() > e - s) {
                continue;
            }
            into.add(QuantityMention.of(m.text(), m.start() + s, m.end() + s, m.quantity()));
        }
    }
}
