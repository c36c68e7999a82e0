package io.github.zhibiao.numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The word tables the scanner reads ({@code units.tsv}, {@code lexicon.tsv}, {@code variants.tsv}), loaded
 * once on first use and never changed afterwards.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Lexicon {
    /** What a unit word means. */
    static final class UnitWord {
        final Unit unit;
        final BigDecimal factor;
        final String classifier;

        UnitWord(Unit unit, BigDecimal factor, String classifier) {
            this.unit = unit;
            this.factor = factor;
            this.classifier = classifier;
        }
    }

    /** Marker value for word sets. */
    static final Boolean PRESENT = Boolean.TRUE;

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    final char[] normal = new char[Character.MAX_VALUE + 1];
    final WordTrie<UnitWord> units;
    final WordTrie<Qualifier> qualifierBefore;
    final WordTrie<Qualifier> qualifierAfter;
    final WordTrie<Direction> change;
    final WordTrie<Direction> rate;
    final WordTrie<Basis> basis;
    final WordTrie<Boolean> filler;
    final WordTrie<Boolean> to;
    final WordTrie<Boolean> linker;
    final WordTrie<Boolean> from;
    final WordTrie<Unit> currencyBefore;
    final WordTrie<Boolean> notUnit;
    final WordTrie<Boolean> notUnitChinese;
    final WordTrie<Boolean> stop;
    final WordTrie<Boolean> compound;
    final WordTrie<Boolean> contact;
    final WordTrie<Boolean> comparative;
    /** Change verbs that state an increase only for rates and amounts (提升5%, not 提升5万亩). */
    final WordTrie<Boolean> ratioOnly;
    /** Change verbs that carry their basis (年增 = 同比增长). */
    final WordTrie<Basis> impliedBasis;
    /** Words that are quantities without a numeral (打对折 = 50%, 半成 = 5%). */
    final WordTrie<Quantity> quantityWords;
    /** Particles before and after a lone numeral that is a word of its own (是四不是五), for general text. */
    final WordTrie<Boolean> wordBefore;
    final WordTrie<Boolean> wordAfter;

    static Lexicon get() {
        return Holder.INSTANCE;
    }

    private Lexicon() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            normal[c] = (char) c;
        }
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            normal[c] = (char) (c - 0xFEE0);
        }
        for (char c : new char[] {'\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2002', '\u2003', '\u2009', '\u200B',
            '\u3000', '\uFEFF'}) {
            normal[c] = ' ';
        }
        for (char c : new char[] {'\u2014', '\u2013', '\u2012', '\u2015', '\u2212', '\uFE63', '\uFE58'}) {
            normal[c] = '—';
        }
        normal['—'] = '—';
        normal['\uFE30'] = ':';
        normal['\u2236'] = ':';
        normal['\u00A5'] = '¥';
        normal['\uFE55'] = ':';
        normal['\u3002'] = '。';
        normal['\uFF61'] = '。';
        normal['\u00B7'] = '·';
        readTable("variants.tsv", 2, f -> normal[f[0].charAt(0)] = f[1].charAt(0));

        Map<String, UnitWord> unitWords = new HashMap<>();
        readTable("units.tsv", 4, f -> {
            Unit u = Unit.valueOf(f[1]);
            String classifier = "-".equals(f[3]) ? (u == Unit.COUNT ? f[0] : null) : f[3];
            unitWords.put(normalize(f[0]), new UnitWord(u, new BigDecimal(f[2]), classifier));
        });
        units = new WordTrie<>(unitWords);

        Map<String, Map<String, String>> byCategory = new HashMap<>();
        readTable("lexicon.tsv", 3,
            f -> byCategory.computeIfAbsent(f[1], k -> new HashMap<>()).put(normalize(f[0]), f[2]));
        qualifierBefore = trie(byCategory, "qualifier-before", Lexicon::qualifier);
        qualifierAfter = trie(byCategory, "qualifier-after", Lexicon::qualifier);
        change = trie(byCategory, "change",
            v -> Direction.valueOf(v.replaceAll("-.*", "").toUpperCase(Locale.ROOT)));
        Map<String, Boolean> ratio = new HashMap<>();
        Map<String, Basis> implied = new HashMap<>();
        byCategory.get("change").forEach((w, v) -> {
            if (v.endsWith("-ratio")) {
                ratio.put(w, PRESENT);
            } else if (v.endsWith("-yoy")) {
                implied.put(w, Basis.YEAR_ON_YEAR);
            }
        });
        ratioOnly = new WordTrie<>(ratio);
        impliedBasis = new WordTrie<>(implied);
        rate = trie(byCategory, "rate", v -> Direction.valueOf(v.toUpperCase(Locale.ROOT)));
        basis = trie(byCategory, "basis", Lexicon::basis);
        filler = trie(byCategory, "filler", v -> PRESENT);
        to = trie(byCategory, "to", v -> PRESENT);
        linker = trie(byCategory, "linker", v -> PRESENT);
        from = trie(byCategory, "from", v -> PRESENT);
        currencyBefore = trie(byCategory, "currency-before", Unit::valueOf);
        notUnit = trie(byCategory, "not-unit", v -> PRESENT);
        notUnitChinese = trie(byCategory, "not-unit-chinese", v -> PRESENT);
        stop = trie(byCategory, "stop", v -> PRESENT);
        compound = trie(byCategory, "compound", v -> PRESENT);
        contact = trie(byCategory, "contact", v -> PRESENT);
        comparative = trie(byCategory, "comparative", v -> PRESENT);
        wordBefore = trie(byCategory, "word-before", v -> PRESENT);
        wordAfter = trie(byCategory, "word-after", v -> PRESENT);
        quantityWords = trie(byCategory, "quantity", v -> {
            String[] f = v.split(" ");
            return Quantity.of(new BigDecimal(f[0]), Unit.valueOf(f[1]));
        });
    }

    private String normalize(String word) {
        char[] c = word.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = normal[c[i]];
        }
        return new String(c);
    }

    private static Qualifier qualifier(String v) {
        return Qualifier.valueOf(v.toUpperCase(Locale.ROOT));
    }

    private static Basis basis(String v) {
        switch (v) {
            case "yoy":
                return Basis.YEAR_ON_YEAR;
            case "mom":
                return Basis.MONTH_ON_MONTH;
            case "annual_average":
                return Basis.ANNUAL_AVERAGE;
            default:
                throw new IllegalStateException("lexicon.tsv: unknown basis " + v);
        }
    }

    private static <V> WordTrie<V> trie(Map<String, Map<String, String>> byCategory, String category,
            java.util.function.Function<String, V> value) {
        Map<String, String> words = byCategory.get(category);
        if (words == null) {
            throw new IllegalStateException("lexicon.tsv has no words of category " + category);
        }
        Map<String, V> m = new HashMap<>();
        words.forEach((w, v) -> m.put(w, value.apply(v)));
        return new WordTrie<>(m);
    }

    /** Reads a tab-separated resource of this package, skipping blank lines and # comments. */
    static void readTable(String name, int columns, Consumer<String[]> row) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> bad = new ArrayList<>();
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < columns) {
                    bad.add(name + ":" + no + ": expected " + columns + " columns: " + line);
                    continue;
                }
                row.accept(f);
            }
            if (!bad.isEmpty()) {
                throw new IllegalStateException(String.join("\n", bad));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
