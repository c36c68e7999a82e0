package io.github.zhibiao.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word tables of the core module (cue words, connectors, region words), read once from resource files.
 *
 * <p>Immutable and thread-safe.
 */
final class Lexicon {
    /** What a cue word does. */
    enum CueRole {
        TARGET, ESTIMATE,
        /** 实际 opening a clause: the outcome after a plan ("计划110万人，实际完成118.6万人"). */
        ACTUAL,
        NONE
    }

    /** What a region word is. */
    enum RegionRole {
        SUFFIX, COLLECTIVE, NOT_FIRST, NOT_NAME, NOT_BODY
    }

    private static volatile Lexicon instance;

    final DictionaryMatcher<CueRole> cues;
    final Set<String> connectors;
    /** Words that narrow the indicator named right after them to a part: 住户[存款余额], 跨境电商[进出口额]. */
    final List<String> narrowers;
    final int maxConnectorLength;
    /** Region suffix chars (县, 区, 市 …), looked up at every char of a text: a bit set, not a boxed set. */
    final java.util.BitSet regionSuffixes = new java.util.BitSet(Character.MAX_VALUE + 1);
    final java.util.BitSet regionNotFirst = new java.util.BitSet(Character.MAX_VALUE + 1);
    final Set<String> regionNotName = new HashSet<>();
    /** Two-char words that cannot be the body of a region name: verbs such as 接受 in "接受县政协…". */
    final Set<String> regionNotBody = new HashSet<>();
    final DictionaryMatcher<String> collectives;
    /** The collective words themselves (全市, 我区), which never end a region name ("2025年全市" is not one). */
    final Set<String> collectiveWords;
    /** The named word lists of {@code words.tsv}, each in file order. */
    private final Map<String, String[]> lists = new HashMap<>();

    private Lexicon() {
        Map<String, CueRole> cueMap = new HashMap<>();
        for (String[] row : rows("cues.tsv", 2)) {
            cueMap.put(row[0], CueRole.valueOf(row[1]));
        }
        cues = new DictionaryMatcher<>(cueMap);
        connectors = new HashSet<>();
        int max = 1;
        for (String[] row : rows("connectors.txt", 1)) {
            connectors.add(row[0]);
            max = Math.max(max, row[0].length());
        }
        maxConnectorLength = max;
        List<String> nw = new ArrayList<>();
        for (String[] row : rows("narrowers.txt", 1)) {
            nw.add(row[0]);
        }
        narrowers = List.copyOf(nw);
        Map<String, String> coll = new HashMap<>();
        for (String[] row : rows("regions.tsv", 2)) {
            RegionRole role = RegionRole.valueOf(row[1]);
            switch (role) {
                case SUFFIX:
                    regionSuffixes.set(row[0].charAt(0));
                    break;
                case NOT_FIRST:
                    regionNotFirst.set(row[0].charAt(0));
                    break;
                case NOT_NAME:
                    regionNotName.add(row[0]);
                    break;
                case NOT_BODY:
                    regionNotBody.add(row[0]);
                    break;
                default:
                    coll.put(row[0], row[0]);
            }
        }
        collectives = new DictionaryMatcher<>(coll);
        collectiveWords = Set.copyOf(coll.keySet());
        Map<String, List<String>> named = new HashMap<>();
        for (String[] row : rows("words.tsv", 2)) {
            named.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        named.forEach((k, v) -> lists.put(k, v.toArray(new String[0])));
    }

    /**
     * The word list {@code name} of {@code words.tsv} in file order ("OTHER_HEADS": 额, 值, 收入 …). The array is
     * shared: callers only read it.
     *
     * @throws IllegalStateException if the resource has no such list
     */
    static String[] words(String name) {
        String[] w = get().lists.get(name);
        if (w == null) {
            throw new IllegalStateException("words.tsv has no list " + name);
        }
        return w;
    }

    static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = instance;
                if (l == null) {
                    l = new Lexicon();
                    instance = l;
                }
            }
        }
        return l;
    }

    static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != columns) {
                    throw new IllegalStateException("bad line in " + resource + ": " + line);
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * True when {@code text[from, to)} is made only of connector words, spaces, quotes and a few marks
     * ("，同比增长" before "24%" is; "发放失业保险金" is not).
     */
    boolean onlyConnectors(char[] text, int from, int to) {
        int i = from;
        outer:
        while (i < to) {
            char c = text[i];
            if (c == ' ' || c == '\u201C' || c == '\u201D' || c == '"' || c == '(' || c == ')' || c == '（'
                    || c == '）' || c == '，' || c == ',' || c == '、' || c == '：' || c == ':') {
                i++;
                continue;
            }
            for (int len = Math.min(maxConnectorLength, to - i); len >= 1; len--) {
                if (connectors.contains(new String(text, i, len))) {
                    i += len;
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }
}
