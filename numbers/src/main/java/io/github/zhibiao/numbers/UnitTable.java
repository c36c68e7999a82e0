package io.github.zhibiao.numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * Conversion factors to SI units, read once from {@code si.tsv}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class UnitTable {
    private static final class Holder {
        static final UnitTable INSTANCE = new UnitTable();
    }

    private final Map<Unit, Unit> si = new EnumMap<>(Unit.class);
    private final Map<Unit, BigDecimal[]> factor = new EnumMap<>(Unit.class);

    private UnitTable() {
        Lexicon.readTable("si.tsv", 3, f -> {
            Unit u = Unit.valueOf(f[0]);
            si.put(u, Unit.valueOf(f[1]));
            String[] fraction = f[2].split("/");
            BigDecimal num = new BigDecimal(fraction[0]);
            BigDecimal den = fraction.length > 1 ? new BigDecimal(fraction[1]) : BigDecimal.ONE;
            factor.put(u, new BigDecimal[] {num, den});
        });
    }

    static UnitTable get() {
        return Holder.INSTANCE;
    }

    Unit siUnit(Unit u) {
        return si.getOrDefault(u, u);
    }

    BigDecimal toSi(Unit u, BigDecimal amount) {
        BigDecimal[] f = factor.get(u);
        if (f == null) {
            return amount;
        }
        BigDecimal product = amount.multiply(f[0]);
        return f[1].compareTo(BigDecimal.ONE) == 0 ? product : product.divide(f[1], MathContext.DECIMAL128);
    }
}
