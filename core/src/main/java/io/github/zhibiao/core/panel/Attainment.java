package io.github.zhibiao.core.panel;

import io.github.zhibiao.numbers.Qualifier;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.Unit;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A target set against its outcome: the cell {@code 海拉尔区 GDP 2016 TARGET} ("地区生产总值增长7.5%", 2016 report)
 * against {@code 海拉尔区 GDP 2016 FACT} ("同比增长7.2%", 2017 report) is {@link Verdict#MISSED} with a
 * {@link #gap()} of −0.3 percentage points.
 *
 * <p>The outcome is the fact cell of the same region, indicator and period, read only from reports later than the
 * one that set the target. The change is compared when both state one in the same unit (and both or neither are
 * annual averages, 年均), else the level; figures
 * with a direction are signed (下降3% is −3). Which side of a target is an achievement depends on the
 * qualifier, then on the indicator:
 * <ul>
 * <li>以上, 不低于 ({@link Qualifier#AT_LEAST}): the outcome is at least the target; "增长6%以上" is met by 6.0.
 * 超过, 突破 ({@link Qualifier#MORE_THAN}): strictly above. For a decrease these bound its size: "下降3%以上" is met by
 * a fall of 3% or more.</li>
 * <li>以内, 以下, 不超过 ({@link Qualifier#AT_MOST}): the outcome is at most the target; "城镇登记失业率控制在4%以内" is
 * met by 4.0.</li>
 * <li>No qualifier, 左右, 近, and ranges ("增长6%—6.5%"): the target is a floor for an indicator where higher is
 * better and a ceiling where lower is better (居民消费价格涨幅, 城镇调查失业率, 单位地区生产总值能耗; the list is in
 * the resource {@code indicator-traits.tsv}, and an unlisted indicator whose target is a decrease, 下降, counts as a
 * reduction goal). A range's floor is its lower end, its ceiling its upper end: "增长6%—6.5%" is met by 6.0 and
 * by 6.8. With 左右 or 近, the outcome is first rounded half up to the precision the target is written in: "增长6%左右"
 * is met by 5.5 (it rounds to 6) and missed by 5.4.</li>
 * </ul>
 * The gap is the outcome minus the bound the target sets (before rounding), in percentage points for percents,
 * else in the target's unit; positive when the outcome is above.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Attainment {
    /** Why a target and an outcome could not be compared. */
    public enum Reason {
        /** No later report states an outcome for the target's cell (yet). */
        NO_OUTCOME,
        /** The target states only a change and the outcome only a level, or the other way round. */
        DIFFERENT_MEASURES,
        /**
         * Both state the same measure in different units (增长6% against 增加15亿元), or one change is an annual
         * average (年均增长) and the other not.
         */
        DIFFERENT_UNITS
    }

    private final Cell target;
    private final Cell outcome;
    private final Verdict verdict;
    private final Reason reason;
    private final Measure measure;
    private final BigDecimal gap;
    private final Unit gapUnit;

    private Attainment(Cell target, Cell outcome, Verdict verdict, Reason reason, Measure measure, BigDecimal gap,
            Unit gapUnit) {
        this.target = Objects.requireNonNull(target, "target");
        this.outcome = outcome;
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.reason = reason;
        this.measure = measure;
        this.gap = gap;
        this.gapUnit = gapUnit;
    }

    static Attainment notComparable(Cell target, Cell outcome, Reason reason) {
        return new Attainment(target, outcome, Verdict.NOT_COMPARABLE, Objects.requireNonNull(reason, "reason"), null,
                null, null);
    }

    static Attainment compared(Cell target, Cell outcome, boolean met, Measure measure, BigDecimal gap, Unit unit) {
        return new Attainment(target, Objects.requireNonNull(outcome, "outcome"), met ? Verdict.MET : Verdict.MISSED,
                null, Objects.requireNonNull(measure, "measure"), Objects.requireNonNull(gap, "gap"),
                Objects.requireNonNull(unit, "unit"));
    }

    /** @return the target cell, never null */
    public Cell target() {
        return target;
    }

    /** @return the outcome cell, read from reports later than the target's; empty when there is none yet */
    public Optional<Cell> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** @return met, missed or not comparable, never null */
    public Verdict verdict() {
        return verdict;
    }

    /** @return why the target is not comparable; empty when it was compared */
    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    /** @return what was compared, the change or the level; empty when nothing was */
    public Optional<Measure> measure() {
        return Optional.ofNullable(measure);
    }

    /** @return outcome minus target (−0.3 for 7.2% against 7.5%); empty when nothing was compared */
    public Optional<BigDecimal> gap() {
        return Optional.ofNullable(gap);
    }

    /** @return the unit of {@link #gap()}: {@link Unit#PERCENTAGE_POINT} for percents; empty with no gap */
    public Optional<Unit> gapUnit() {
        return Optional.ofNullable(gapUnit);
    }

    /** @return the compared target figure, empty when nothing was compared */
    public Optional<Quantity> targetFigure() {
        return measure == null ? Optional.empty() : measure == Measure.CHANGE ? target.change() : target.value();
    }

    /** @return the compared outcome figure, empty when nothing was compared */
    public Optional<Quantity> outcomeFigure() {
        if (measure == null) {
            return Optional.empty();
        }
        return measure == Measure.CHANGE ? outcome.change() : outcome.value();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Attainment)) {
            return false;
        }
        Attainment a = (Attainment) o;
        return target.equals(a.target) && Objects.equals(outcome, a.outcome) && verdict == a.verdict
                && reason == a.reason && measure == a.measure && Objects.equals(gap, a.gap) && gapUnit == a.gapUnit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, outcome, verdict, reason, measure, gap, gapUnit);
    }

    /** @return e.g. "海拉尔区 GDP 2016: MISSED on CHANGE, gap -0.3 PERCENTAGE_POINT" */
    @Override
    public String toString() {
        CellKey k = target.key();
        String head = k.region() + " " + k.indicator() + " " + k.period() + ": " + verdict;
        return reason != null ? head + " (" + reason + ")"
                : head + " on " + measure + ", gap " + gap.toPlainString() + " " + gapUnit;
    }
}
