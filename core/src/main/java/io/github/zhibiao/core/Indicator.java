package io.github.zhibiao.core;

import io.github.zhibiao.numbers.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An economic indicator that reports state: a stable code ({@code GDP}), its Chinese name (地区生产总值), the
 * other ways reports write it (生产总值, GDP, 國內生産總值 is read as 国内生产总值), and the {@link Dimension} its
 * level has (地区生产总值 is money, 城镇化率 a ratio). An indicator such as 城乡居民人均可支配收入 names several at
 * once; its {@link #parts()} receive the values of "分别增长3.9%、5.6%" in order.
 *
 * <pre>{@code
 * Indicator seaFreight = Indicator.of("PORT_THROUGHPUT", "港口货物吞吐量", "货物吞吐量", "港口吞吐量")
 *         .withDimension(Dimension.MASS);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Indicator {
    /** The code of statements whose indicator is not in the catalog. */
    public static final String OTHER_CODE = "OTHER";

    private static final Indicator OTHER = new Indicator(OTHER_CODE, "其他", null, List.of(), List.of());

    private final String code;
    private final String name;
    private final Dimension dimension;
    private final List<String> aliases;
    private final List<String> parts;

    private Indicator(String code, String name, Dimension dimension, List<String> aliases, List<String> parts) {
        this.code = code;
        this.name = name;
        this.dimension = dimension;
        this.aliases = aliases;
        this.parts = parts;
    }

    /**
     * Creates an indicator with no expected dimension and no parts.
     *
     * @param code the code: upper-case ASCII letters, digits and underscores, such as "GDP", not null
     * @param name the Chinese name, such as "地区生产总值", not null, not blank
     * @param aliases other names, such as "生产总值", "GDP"; none null or blank
     * @return the indicator, never null
     * @throws ReportInputException if the code is malformed or a name is blank
     */
    public static Indicator of(String code, String name, String... aliases) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(aliases, "aliases");
        checkCode(code);
        if (name.isBlank()) {
            throw new ReportInputException("indicator name must not be blank", code, -1);
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(name.strip());
        for (String a : aliases) {
            Objects.requireNonNull(a, "alias");
            if (a.isBlank()) {
                throw new ReportInputException("alias must not be blank", code, -1);
            }
            all.add(a.strip());
        }
        return new Indicator(code, name.strip(), null, List.copyOf(all), List.of());
    }

    /**
     * Returns the indicator used for phrases not in the catalog (code {@value #OTHER_CODE}).
     *
     * @return the indicator, never null
     */
    public static Indicator other() {
        return OTHER;
    }

    private static void checkCode(String code) {
        if (code.isEmpty()) {
            throw new ReportInputException("indicator code must not be empty", code, 0);
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                throw new ReportInputException("indicator code must be upper-case ASCII, digits and _", code, i);
            }
        }
    }

    /**
     * Returns a copy whose levels are expected in the given dimension; values of another dimension are not
     * linked to it (a count of firms is not 地区生产总值).
     *
     * @param newDimension the dimension, not null
     * @return the copy, never null
     */
    public Indicator withDimension(Dimension newDimension) {
        return new Indicator(code, name, Objects.requireNonNull(newDimension, "dimension"), aliases, parts);
    }

    /**
     * Returns a copy with more aliases.
     *
     * @param moreAliases the added aliases, none null or blank
     * @return the copy, never null
     */
    public Indicator withAliases(String... moreAliases) {
        List<String> all = new ArrayList<>(aliases);
        all.addAll(Arrays.asList(moreAliases));
        Indicator copy = of(code, name, all.toArray(new String[0]));
        return new Indicator(code, name, dimension, copy.aliases, parts);
    }

    /**
     * Returns a copy that stands for several indicators, in order: 城乡居民人均可支配收入 has the parts
     * URBAN_DISPOSABLE_INCOME and RURAL_DISPOSABLE_INCOME.
     *
     * @param partCodes the codes of the parts, none null
     * @return the copy, never null
     * @throws ReportInputException if a code is malformed
     */
    public Indicator withParts(String... partCodes) {
        for (String p : partCodes) {
            checkCode(Objects.requireNonNull(p, "part"));
        }
        return new Indicator(code, name, dimension, aliases, List.of(partCodes));
    }

    /** @return the code, such as "GDP", never null */
    public String code() {
        return code;
    }

    /** @return the Chinese name, such as "地区生产总值", never null */
    public String name() {
        return name;
    }

    /** @return the dimension expected of a level of this indicator, when the catalog says */
    public Optional<Dimension> dimension() {
        return Optional.ofNullable(dimension);
    }

    /** @return every name it is found by, the name first; never null */
    public List<String> aliases() {
        return aliases;
    }

    /** @return the codes of the indicators this one stands for, in order; empty for a single indicator */
    public List<String> parts() {
        return parts;
    }

    /** @return true for the indicator of phrases not in the catalog */
    public boolean isOther() {
        return OTHER_CODE.equals(code);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Indicator)) {
            return false;
        }
        Indicator i = (Indicator) o;
        return code.equals(i.code) && name.equals(i.name) && dimension == i.dimension
                && aliases.equals(i.aliases) && parts.equals(i.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, dimension, aliases, parts);
    }

    /** @return e.g. "GDP 地区生产总值" */
    @Override
    public String toString() {
        return code + " " + name;
    }
}
