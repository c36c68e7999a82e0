package io.github.zhibiao.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds dictionary words in normalized text and keeps the leftmost-longest matches that do not overlap
 * ("规模以上工业增加值" rather than "工业增加值" inside it).
 *
 * <p>The words sit in a character trie frozen into flat arrays: each node's children are a sorted run of
 * {@link #labels}, found by binary search. At each position the longest word starting there is read by walking the
 * trie, so a text of length n costs at most n times the longest word's length, and nothing is allocated but the
 * matches. Our own code rather than a library: the double-array Aho-Corasick jars of the field (HanLP's, and
 * {@code com.hankcs:aho-corasick-double-array-trie}, whose derived module name is not a valid Java name) cannot be
 * required by a named module, and leftmost-longest matching over a few hundred short aliases needs no failure links.
 *
 * <p>Immutable after construction and thread-safe: the arrays are only read.
 */
final class DictionaryMatcher<V> {
    /** One match: {@code [start, end)} in the text given to {@link #find}. */
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

    /** For node k, its children are the nodes firstChild[k] … firstChild[k] + childCount[k] - 1. */
    private final int[] firstChild;
    private final int[] childCount;
    /** The char that leads to node k from its parent (unused for the root, node 0). */
    private final char[] labels;
    /** The value of the word that ends at node k, or null. */
    private final Object[] values;
    /** The root's child for each char, or 0 (the root itself) when no word starts with it: most chars start none. */
    private final int[] root;

    DictionaryMatcher(Map<String, V> words) {
        TreeMap<String, V> sorted = new TreeMap<>();
        for (Map.Entry<String, V> e : words.entrySet()) {
            if (!e.getKey().isEmpty()) {
                sorted.put(e.getKey(), e.getValue());
            }
        }
        // Build level by level (breadth first) so that each node's children are contiguous and sorted.
        List<String> keys = new ArrayList<>(sorted.keySet());
        List<Object> vals = new ArrayList<>(sorted.values());
        int capacity = 1;
        for (String k : keys) {
            capacity += k.length();
        }
        int[] first = new int[capacity];
        int[] count = new int[capacity];
        char[] label = new char[capacity];
        Object[] value = new Object[capacity];
        // A node stands for the key range [lo, hi) of the sorted keys sharing a prefix of length depth.
        int[] lo = new int[capacity];
        int[] hi = new int[capacity];
        int[] depth = new int[capacity];
        lo[0] = 0;
        hi[0] = keys.size();
        int size = 1;
        for (int node = 0; node < size; node++) {
            int d = depth[node];
            int i = lo[node];
            if (i < hi[node] && keys.get(i).length() == d) {
                value[node] = vals.get(i); // the word that ends here sorts first in its range
                i++;
            }
            first[node] = size;
            while (i < hi[node]) {
                char c = keys.get(i).charAt(d);
                int j = i + 1;
                while (j < hi[node] && keys.get(j).charAt(d) == c) {
                    j++;
                }
                label[size] = c;
                lo[size] = i;
                hi[size] = j;
                depth[size] = d + 1;
                size++;
                i = j;
            }
            count[node] = size - first[node];
        }
        this.firstChild = Arrays.copyOf(first, size);
        this.childCount = Arrays.copyOf(count, size);
        this.labels = Arrays.copyOf(label, size);
        this.values = Arrays.copyOf(value, size);
        this.root = new int[Character.MAX_VALUE + 1];
        for (int c = firstChild[0]; c < firstChild[0] + childCount[0]; c++) {
            root[labels[c]] = c;
        }
    }

    /** The child of {@code node} reached by {@code c}, or -1. */
    private int child(int node, char c) {
        int low = firstChild[node];
        int high = low + childCount[node] - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char m = labels[mid];
            if (m < c) {
                low = mid + 1;
            } else if (m > c) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * Returns the leftmost-longest non-overlapping matches in {@code text[from, to)}, in text order, with offsets
     * in {@code text}.
     */
    List<Match<V>> find(char[] text, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(to, text.length);
        while (i < end) {
            int node = root[text[i]];
            if (node == 0) {
                i++;
                continue;
            }
            int best = values[node] != null ? i + 1 : -1;
            int bestNode = values[node] != null ? node : -1;
            for (int k = i + 1; k < end; k++) {
                node = child(node, text[k]);
                if (node < 0) {
                    break;
                }
                if (values[node] != null) {
                    best = k + 1;
                    bestNode = node;
                }
            }
            if (best > 0) {
                @SuppressWarnings("unchecked")
                V v = (V) values[bestNode];
                out.add(new Match<>(i, best, v));
                i = best;
            } else {
                i++;
            }
        }
        return out;
    }
}
