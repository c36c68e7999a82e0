package io.github.zhibiao.numbers;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity as a report states it: an exact amount (or a range) in a {@link Unit}, with how exact it is
 * ({@link Qualifier}) and whether it states a {@link Change}. Amounts are {@link BigDecimal}s in the unit
 * after magnitudes: "350.19亿元" is 35019000000 {@link Unit#CNY}, and {@link #magnitude()} keeps the written
 * 亿 (100000000) for display.
 *
 * <pre>{@code
 * Quantity q = Quantities.parse("增长24%");
 * q.value();      // 24
 * q.unit();       // PERCENT
 * q.change();     // Optional[increase]
 * }</pre>
 *
 * <p>Amounts are stored without trailing zeros, so {@code equals} treats 5.0 and 5 alike.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quantity {
    private final BigDecimal low;
    private final BigDecimal high;
    private final Unit unit;
    private final String classifier;
    private final Qualifier qualifier;
    private final Change change;
    private final BigDecimal magnitude;

    private Quantity(BigDecimal low, BigDecimal high, Unit unit, String classifier, Qualifier qualifier,
            Change change, BigDecimal magnitude) {
        this.low = normalize(Objects.requireNonNull(low, "low"));
        this.high = normalize(Objects.requireNonNull(high, "high"));
        this.unit = Objects.requireNonNull(unit, "unit");
        this.classifier = classifier == null || classifier.isEmpty() ? null : classifier;
        this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
        this.change = change;
        this.magnitude = normalize(Objects.requireNonNull(magnitude, "magnitude"));
        if (this.low.compareTo(this.high) > 0) {
            throw new IllegalArgumentException("range low " + this.low.toPlainString() + " is above high "
                    + this.high.toPlainString());
        }
    }

    static BigDecimal normalize(BigDecimal v) {
        if (v.scale() == 0) {
            return v;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** All parts at once, for the scanner: one allocation instead of a chain of {@code with…} copies. */
    static Quantity create(BigDecimal low, BigDecimal high, Unit unit, String classifier, Qualifier qualifier,
            Change change, BigDecimal magnitude) {
        return new Quantity(low, high, unit, classifier, qualifier, change, magnitude);
    }

    /**
     * An exact amount: {@code Quantity.of(new BigDecimal("35019000000"), Unit.CNY)}.
     *
     * @param value the amount in {@code unit}, not null
     * @param unit the unit, not null
     * @return the quantity, never null
     */
    public static Quantity of(BigDecimal value, Unit unit) {
        return new Quantity(value, value, unit, null, Qualifier.EXACT, null, BigDecimal.ONE);
    }

    /**
     * A range, as in "3—5万亩" (30000 to 50000 {@link Unit#MU}).
     *
     * @param low the lower bound, not null
     * @param high the upper bound, not null, not below {@code low}
     * @param unit the unit, not null
     * @return the quantity, never null
     * @throws IllegalArgumentException if {@code low} is above {@code high}
     */
    public static Quantity range(BigDecimal low, BigDecimal high, Unit unit) {
        return new Quantity(low, high, unit, null, Qualifier.EXACT, null, BigDecimal.ONE);
    }

    /**
     * Parses one quantity; same as {@link Quantities#parse(CharSequence)}.
     *
     * @param text the quantity, such as "350.19亿元", not null
     * @return the quantity, never null
     * @throws QuantityParseException if the text is not exactly one quantity
     */
    public static Quantity parse(CharSequence text) {
        return Quantities.parse(text);
    }

    /** @return true when this is a range (3—5万亩) rather than one amount */
    public boolean isRange() {
        return low.compareTo(high) != 0;
    }

    /**
     * Returns the amount in {@link #unit()}; for a range, its lower bound, the figure a range target commits to
     * ("3—5万亩" gives 30000). Never throws: use {@link #isRange()} or {@link #valueIfExact()} to tell a range
     * apart, and {@link #high()} for its upper bound.
     *
     * @return the amount, or the lower bound of a range; never null
     */
    public BigDecimal value() {
        return low;
    }

    /** @return the amount, or empty for a range */
    public Optional<BigDecimal> valueIfExact() {
        return isRange() ? Optional.empty() : Optional.of(low);
    }

    /** @return the lower bound of a range, or the amount; never null */
    public BigDecimal low() {
        return low;
    }

    /** @return the upper bound of a range, or the amount; never null */
    public BigDecimal high() {
        return high;
    }

    /** @return the unit, never null */
    public Unit unit() {
        return unit;
    }

    /** @return the classifier of a counted thing ("家" in "173家"), when there is one */
    public Optional<String> classifier() {
        return Optional.ofNullable(classifier);
    }

    /** @return how exact the amount is, never null ({@link Qualifier#EXACT} when no hedge word) */
    public Qualifier qualifier() {
        return qualifier;
    }

    /** @return the change this quantity states (增长, 下降 …), when it states one */
    public Optional<Change> change() {
        return Optional.ofNullable(change);
    }

    /** @return the magnitude as written (100000000 for 亿, 10000 for 万, 1 for none), never null */
    public BigDecimal magnitude() {
        return magnitude;
    }

    /** @return the amount (or the lower bound) divided by {@link #magnitude()}: 350.19 for 350.19亿元 */
    public BigDecimal writtenValue() {
        return normalize(low.divide(magnitude));
    }

    /**
     * Returns a copy with the given qualifier.
     *
     * @param newQualifier the qualifier, not null
     * @return the copy, never null
     */
    public Quantity withQualifier(Qualifier newQualifier) {
        return new Quantity(low, high, unit, classifier, newQualifier, change, magnitude);
    }

    /**
     * Returns a copy with the given change.
     *
     * @param newChange the change, or null for none
     * @return the copy, never null
     */
    public Quantity withChange(Change newChange) {
        return new Quantity(low, high, unit, classifier, qualifier, newChange, magnitude);
    }

    /**
     * Returns a copy with the given classifier ("家", "个" …).
     *
     * @param newClassifier the classifier, or null for none
     * @return the copy, never null
     */
    public Quantity withClassifier(String newClassifier) {
        return new Quantity(low, high, unit, newClassifier, qualifier, change, magnitude);
    }

    /**
     * Returns a copy that remembers the written magnitude (亿 = 100000000) for display; amounts are unchanged.
     *
     * @param newMagnitude the magnitude, not null
     * @return the copy, never null
     */
    public Quantity withMagnitude(BigDecimal newMagnitude) {
        return new Quantity(low, high, unit, classifier, qualifier, change, newMagnitude);
    }

    /**
     * Converts to SI units (亩 → 平方米, 斤 → 公斤); quantities without a physical unit are returned as they are.
     *
     * @return the converted quantity, never null
     */
    public Quantity toSi() {
        Unit si = unit.siUnit();
        if (si == unit) {
            return this;
        }
        return new Quantity(unit.toSi(low), unit.toSi(high), si, classifier, qualifier, change, BigDecimal.ONE);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Quantity)) {
            return false;
        }
        Quantity q = (Quantity) o;
        return low.equals(q.low) && high.equals(q.high) && unit == q.unit
                && Objects.equals(classifier, q.classifier) && qualifier == q.qualifier
                && Objects.equals(change, q.change) && magnitude.equals(q.magnitude);
    }

    @Override
    public int hashCode() {
        return Objects.hash(low, high, unit, classifier, qualifier, change, magnitude);
    }

    /** @return the amount as a person reads it, e.g. "35019000000 CNY" or "30000-50000 MU about" */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(low.toPlainString());
        if (isRange()) {
            sb.append('-').append(high.toPlainString());
        }
        sb.append(' ').append(unit.name());
        if (classifier != null) {
            sb.append('(').append(classifier).append(')');
        }
        if (qualifier != Qualifier.EXACT) {
            sb.append(' ').append(qualifier.name().toLowerCase(Locale.ROOT));
        }
        if (change != null) {
            sb.append(" [").append(change).append(']');
        }
        return sb.toString();
    }
}
