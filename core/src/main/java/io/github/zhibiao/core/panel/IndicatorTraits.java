package io.github.zhibiao.core.panel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How the panel reads an indicator's figures: whether a lower figure is the better one (CPI 居民消费价格涨幅,
 * 城镇调查失业率, 单位地区生产总值能耗) and whether its growth is stated at comparable prices while its levels are
 * nominal (地区生产总值 "按可比价计算，同比增长6.0%"). The defaults live in {@code indicator-traits.tsv}, read
 * once, lazily; a {@link Panel.Builder} adds codes to a copy.
 *
 * <p>This class is immutable and thread-safe.
 */
final class IndicatorTraits {
    private static final String RESOURCE = "indicator-traits.tsv";

    private final Set<String> lowerIsBetter;
    private final Set<String> realGrowth;

    private IndicatorTraits(Set<String> lowerIsBetter, Set<String> realGrowth) {
        this.lowerIsBetter = Set.copyOf(lowerIsBetter);
        this.realGrowth = Set.copyOf(realGrowth);
    }

    /** Holds the defaults; loaded on first use. */
    private static final class Defaults {
        static final IndicatorTraits INSTANCE = load();
    }

    static IndicatorTraits defaults() {
        return Defaults.INSTANCE;
    }

    private static IndicatorTraits load() {
        Set<String> lower = new HashSet<>();
        Set<String> real = new HashSet<>();
        try (InputStream in = IndicatorTraits.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": 3 columns expected: " + line);
                }
                String better = f[1].toLowerCase(Locale.ROOT);
                if (better.equals("lower")) {
                    lower.add(f[0]);
                } else if (!better.equals("higher")) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": higher or lower expected: "
                            + line);
                }
                if (f[2].equals("real")) {
                    real.add(f[0]);
                } else if (!f[2].equals("nominal") && !f[2].equals("-")) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": real, nominal or - expected: "
                            + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IndicatorTraits(lower, real);
    }

    IndicatorTraits withLowerIsBetter(String code) {
        Set<String> lower = new HashSet<>(lowerIsBetter);
        lower.add(code);
        return new IndicatorTraits(lower, realGrowth);
    }

    IndicatorTraits withRealGrowth(String code) {
        Set<String> real = new HashSet<>(realGrowth);
        real.add(code);
        return new IndicatorTraits(lowerIsBetter, real);
    }

    /** @return true when a lower figure of the indicator is the better one (CPI, unemployment, energy intensity) */
    boolean lowerIsBetter(String code) {
        return lowerIsBetter.contains(code);
    }

    /** @return true when the indicator's growth is real (comparable prices) and its levels nominal */
    boolean realGrowth(String code) {
        return realGrowth.contains(code);
    }
}
