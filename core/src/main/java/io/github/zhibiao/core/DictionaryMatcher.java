package io.github.zhibiao.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds dictionary words in normalized text with one double-array Aho-Corasick automaton and keeps the
 * leftmost-longest matches that do not overlap ("规模以上工业增加值" rather than "工业增加值" inside it).
 *
 * <p>Immutable after construction and thread-safe: the automaton is only read.
 */
final class DictionaryMatcher<V> {
    /** One match: {@code [start, end)} in the text given to {@link #find}, offset by {@code base}. */
    static final class Match<V> {
        final int start;
        final int end;
        final V value;

        Match(int start, int end, V value) {
            this.start = start;
            this.end = end;
            this.value = value;
        }

        @Override
        public String toString() {
            return "[" + start + "," + end + ")=" + value;
        }
    }

    private final AhoCorasickDoubleArrayTrie<V> trie;
    private final boolean empty;

    DictionaryMatcher(Map<String, V> words) {
        TreeMap<String, V> sorted = new TreeMap<>();
        for (Map.Entry<String, V> e : words.entrySet()) {
            if (!e.getKey().isEmpty()) {
                sorted.put(e.getKey(), e.getValue());
            }
        }
        this.empty = sorted.isEmpty();
        this.trie = new AhoCorasickDoubleArrayTrie<>();
        if (!empty) {
            trie.build(sorted);
        }
    }

    /**
     * Returns the leftmost-longest non-overlapping matches in {@code text[from, to)}, in text order, with offsets
     * in {@code text}.
     */
    List<Match<V>> find(char[] text, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        if (empty || to <= from) {
            return out;
        }
        char[] slice = from == 0 && to == text.length ? text : java.util.Arrays.copyOfRange(text, from, to);
        int n = slice.length;
        // bestEnd[i]: the end (relative, exclusive) of the longest word starting at i; 0 when none.
        final int[][] holder = new int[1][];
        final Object[][] valueHolder = new Object[1][];
        trie.parseText(slice, (AhoCorasickDoubleArrayTrie.IHit<V>) (begin, end, value) -> {
            if (holder[0] == null) {
                holder[0] = new int[n];
                valueHolder[0] = new Object[n];
            }
            if (end > holder[0][begin]) {
                holder[0][begin] = end;
                valueHolder[0][begin] = value;
            }
        });
        int[] bestEnd = holder[0];
        if (bestEnd == null) {
            return out;
        }
        Object[] vals = valueHolder[0];
        int i = 0;
        while (i < n) {
            if (bestEnd[i] > 0) {
                @SuppressWarnings("unchecked")
                V v = (V) vals[i];
                out.add(new Match<>(from + i, from + bestEnd[i], v));
                i = bestEnd[i];
            } else {
                i++;
            }
        }
        return out;
    }
}
