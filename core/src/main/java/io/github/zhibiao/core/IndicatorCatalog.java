package io.github.zhibiao.core;

import io.github.zhibiao.numbers.Dimension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicators a {@link ReportParser} looks for, with their aliases. The default catalog lives in the resource
 * {@code indicators.tsv} and holds the headline indicators of Chinese reports (地区生产总值, 规模以上工业增加值,
 * 社会消费品零售总额, 一般公共预算收入, 城乡居民人均可支配收入 …). A user extends it for one parser, never globally:
 *
 * <pre>{@code
 * IndicatorCatalog catalog = IndicatorCatalog.defaults()
 *         .with(Indicator.of("PORT_THROUGHPUT", "港口货物吞吐量", "港口吞吐量").withDimension(Dimension.MASS));
 * ReportParser parser = ReportParser.builder().catalog(catalog).build();
 * }</pre>
 *
 * <p>The file format, one indicator a line, tab-separated: code, name, dimension (or {@code -}), parts
 * (comma-separated codes, or {@code -}), aliases ({@code |}-separated). Lines starting with {@code #} are
 * comments. When two indicators share an alias, the later one wins.
 *
 * <p>This class is immutable and thread-safe; its matching automaton is built once, on first use.
 */
public final class IndicatorCatalog {
    private static final String RESOURCE = "indicators.tsv";
    private static volatile IndicatorCatalog defaults;

    private final List<Indicator> indicators;
    private final Map<String, Indicator> byCode;
    private volatile DictionaryMatcher<Indicator> matcher;

    private IndicatorCatalog(Collection<Indicator> list) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (Indicator i : list) {
            Objects.requireNonNull(i, "indicator");
            if (i.isOther()) {
                throw new ReportInputException("the code OTHER is reserved", i.code(), -1);
            }
            map.remove(i.code());
            map.put(i.code(), i);
        }
        this.indicators = List.copyOf(map.values());
        this.byCode = Collections.unmodifiableMap(new HashMap<>(map));
    }

    /**
     * Returns the default catalog, read once from the resource {@code indicators.tsv}.
     *
     * @return the catalog, never null
     */
    public static IndicatorCatalog defaults() {
        IndicatorCatalog d = defaults;
        if (d == null) {
            synchronized (IndicatorCatalog.class) {
                d = defaults;
                if (d == null) {
                    try (InputStream in = IndicatorCatalog.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        d = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    defaults = d;
                }
            }
        }
        return d;
    }

    /**
     * Creates a catalog of exactly the given indicators.
     *
     * @param indicators the indicators, not null, none null; a later one replaces an earlier one of the same code
     * @return the catalog, never null
     */
    public static IndicatorCatalog of(Collection<Indicator> indicators) {
        return new IndicatorCatalog(Objects.requireNonNull(indicators, "indicators"));
    }

    /**
     * Reads a catalog in the {@code indicators.tsv} format, such as the line
     * {@code "GDP\t地区生产总值\tCURRENCY\t-\t生产总值|GDP"}.
     *
     * @param reader the text, not null; not closed
     * @return the catalog, never null
     * @throws ReportInputException if a line is malformed (its text and the column are in the message)
     * @throws UncheckedIOException if reading fails
     */
    public static IndicatorCatalog parse(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        List<Indicator> list = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                list.add(parseLine(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IndicatorCatalog(list);
    }

    private static Indicator parseLine(String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 5) {
            throw new ReportInputException("expected 5 tab-separated columns, found " + cols.length, line, -1);
        }
        String[] aliases = cols[4].isBlank() ? new String[0] : cols[4].split("\\|");
        Indicator ind;
        try {
            ind = Indicator.of(cols[0].strip(), cols[1].strip(), aliases);
        } catch (ReportInputException e) {
            throw new ReportInputException(e.getMessage(), line, 0);
        }
        String dim = cols[2].strip();
        if (!dim.equals("-") && !dim.isEmpty()) {
            try {
                ind = ind.withDimension(Dimension.valueOf(dim.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ReportInputException("unknown dimension " + dim, line, line.indexOf(dim));
            }
        }
        String parts = cols[3].strip();
        if (!parts.equals("-") && !parts.isEmpty()) {
            ind = ind.withParts(Arrays.stream(parts.split(",")).map(String::strip).toArray(String[]::new));
        }
        return ind;
    }

    /**
     * Returns a catalog with more indicators; one with the code of an existing indicator replaces it.
     *
     * @param more the added indicators, none null
     * @return the new catalog, never null
     */
    public IndicatorCatalog with(Indicator... more) {
        List<Indicator> all = new ArrayList<>(indicators);
        all.addAll(Arrays.asList(more));
        return new IndicatorCatalog(all);
    }

    /**
     * Returns a catalog with the indicators of another catalog added; same codes are replaced by {@code more}.
     *
     * @param more the other catalog, not null
     * @return the new catalog, never null
     */
    public IndicatorCatalog with(IndicatorCatalog more) {
        List<Indicator> all = new ArrayList<>(indicators);
        all.addAll(Objects.requireNonNull(more, "more").indicators);
        return new IndicatorCatalog(all);
    }

    /**
     * Finds an indicator by code.
     *
     * @param code the code, such as "GDP", not null
     * @return the indicator, or empty when the catalog has none of that code
     */
    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /** @return the indicators in catalog order, never null */
    public List<Indicator> indicators() {
        return indicators;
    }

    DictionaryMatcher<Indicator> matcher() {
        DictionaryMatcher<Indicator> m = matcher;
        if (m == null) {
            Map<String, Indicator> words = new HashMap<>();
            for (Indicator i : indicators) {
                for (String alias : i.aliases()) {
                    String key = new String(TextNormalizer.normalize(alias));
                    words.put(key, i);
                }
            }
            m = new DictionaryMatcher<>(words);
            matcher = m;
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorCatalog && indicators.equals(((IndicatorCatalog) o).indicators);
    }

    @Override
    public int hashCode() {
        return indicators.hashCode();
    }

    /** @return e.g. "IndicatorCatalog[62 indicators]" */
    @Override
    public String toString() {
        return "IndicatorCatalog[" + indicators.size() + " indicators]";
    }
}
