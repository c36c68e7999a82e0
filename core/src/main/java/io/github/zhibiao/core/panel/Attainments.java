package io.github.zhibiao.core.panel;

import io.github.zhibiao.core.StatementKind;
import io.github.zhibiao.numbers.Basis;
import io.github.zhibiao.numbers.Change;
import io.github.zhibiao.numbers.Qualifier;
import io.github.zhibiao.numbers.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs each target cell with its outcome and judges it, by the rules written in {@link Attainment}.
 *
 * <p>Stateless and thread-safe.
 */
final class Attainments {
    private Attainments() {
    }

    static List<Attainment> of(Map<CellKey, Cell> cells, IndicatorTraits traits) {
        List<Attainment> out = new ArrayList<>();
        for (Cell target : cells.values()) {
            if (target.key().kind() == StatementKind.TARGET) {
                out.add(judge(target, cells.get(target.key().withKind(StatementKind.FACT)), traits));
            }
        }
        return out;
    }

    static Attainment judge(Cell target, Cell facts, IndicatorTraits traits) {
        Cell outcome = laterOutcome(target, facts);
        if (outcome == null) {
            return Attainment.notComparable(target, null, Attainment.Reason.NO_OUTCOME);
        }
        Optional<Quantity> tc = target.change();
        Optional<Quantity> oc = outcome.change();
        Optional<Quantity> tv = target.value();
        Optional<Quantity> ov = outcome.value();
        boolean changes = tc.isPresent() && oc.isPresent();
        boolean levels = tv.isPresent() && ov.isPresent();
        if (changes && Figures.sameUnit(tc.get(), oc.get()) && average(tc.get()) == average(oc.get())) {
            return compare(target, outcome, Measure.CHANGE, tc.get(), oc.get(), traits);
        }
        if (levels && Figures.sameUnit(tv.get(), ov.get())) {
            return compare(target, outcome, Measure.LEVEL, tv.get(), ov.get(), traits);
        }
        return Attainment.notComparable(target, outcome,
                changes || levels ? Attainment.Reason.DIFFERENT_UNITS : Attainment.Reason.DIFFERENT_MEASURES);
    }

    /** @return true for an annual average change (年均增长), which only compares with another */
    private static boolean average(Quantity change) {
        return change.change().flatMap(Change::basis).filter(b -> b == Basis.ANNUAL_AVERAGE).isPresent();
    }

    /** @return the fact cell read only from reports later than the one that set the target, or null */
    private static Cell laterOutcome(Cell target, Cell facts) {
        if (facts == null) {
            return null;
        }
        Source set = target.primarySource();
        List<Source> later = new ArrayList<>();
        for (Source s : facts.sources()) {
            if (s.laterThan(set)) {
                later.add(s);
            }
        }
        if (later.isEmpty()) {
            return null;
        }
        return later.size() == facts.sources().size() ? facts : Cell.of(facts.key(), later);
    }

    private static Attainment compare(Cell target, Cell outcome, Measure measure, Quantity t, Quantity o,
            IndicatorTraits traits) {
        BigDecimal actual = Figures.signedMiddle(o);
        Qualifier q = t.qualifier();
        boolean decrease = Figures.decrease(t);
        boolean floor;
        boolean strict = q == Qualifier.MORE_THAN;
        BigDecimal bound;
        switch (q) {
            case AT_LEAST:
            case MORE_THAN:
                // The qualifier bounds the size of the figure: "下降3%以上" is a fall of at least 3.
                floor = !decrease;
                break;
            case AT_MOST:
                floor = decrease;
                break;
            default:
                boolean lowerIsBetter = traits.lowerIsBetter(target.key().indicator())
                        || decrease && measure == Measure.CHANGE;
                floor = !lowerIsBetter;
                break;
        }
        bound = floor ? Figures.signedLow(t) : Figures.signedHigh(t);
        BigDecimal judged = actual;
        if (q == Qualifier.ABOUT || q == Qualifier.NEARLY) {
            judged = Figures.roundTo(actual, Figures.precision(t));
        }
        int c = judged.compareTo(bound);
        boolean met = floor ? (strict ? c > 0 : c >= 0) : (strict ? c < 0 : c <= 0);
        BigDecimal gap = actual.subtract(bound);
        return Attainment.compared(target, outcome, met, measure, gap.stripTrailingZeros().scale() < 0
                ? gap.setScale(0) : gap.stripTrailingZeros(), Figures.gapUnit(t.unit()));
    }
}
