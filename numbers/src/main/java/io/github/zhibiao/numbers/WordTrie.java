package io.github.zhibiao.numbers;

import java.util.Arrays;
import java.util.Map;

/**
 * A small immutable prefix tree over words, for longest-match lookups at a position of a char array without
 * allocating. Children are kept in sorted arrays and found by binary search.
 *
 * <p>This class is immutable and thread-safe once built.
 */
final class WordTrie<V> {
    private static final char[] NO_KEYS = new char[0];

    private final class Node {
        char[] keys = NO_KEYS;
        Object[] children = new Object[0];
        V value;

        @SuppressWarnings("unchecked")
        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i < 0 ? null : (Node) children[i];
        }

        Node childOrCreate(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                @SuppressWarnings("unchecked")
                Node n = (Node) children[i];
                return n;
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Object[] ch = new Object[children.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, ch, 0, at);
            k[at] = c;
            Node n = new Node();
            ch[at] = n;
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, ch, at + 1, children.length - at);
            keys = k;
            children = ch;
            return n;
        }
    }

    private final Node root = new Node();

    WordTrie(Map<String, V> words) {
        for (Map.Entry<String, V> e : words.entrySet()) {
            Node n = root;
            for (int i = 0; i < e.getKey().length(); i++) {
                n = n.childOrCreate(e.getKey().charAt(i));
            }
            n.value = e.getValue();
        }
    }

    /** @return true when some word starts with {@code c} */
    boolean startsWith(char c) {
        return root.child(c) != null;
    }

    /**
     * Finds the longest word starting at {@code from}.
     *
     * @return the end offset (exclusive) of the longest word, or -1 when none matches
     */
    int longest(char[] s, int from, int limit) {
        return longest(s, from, limit, false);
    }

    /**
     * As {@link #longest(char[], int, int)}, but spaces between the chars of a word are skipped ("个 百 分 点").
     *
     * @return the end offset (exclusive) of the longest word, or -1 when none matches
     */
    int longestSpaced(char[] s, int from, int limit) {
        return longest(s, from, limit, true);
    }

    private int longest(char[] s, int from, int limit, boolean skipSpaces) {
        Node n = root;
        int best = -1;
        for (int i = from; i < limit; i++) {
            if (skipSpaces && s[i] == ' ' && i > from) {
                continue;
            }
            n = n.child(s[i]);
            if (n == null) {
                break;
            }
            if (n.value != null) {
                best = i + 1;
            }
        }
        return best;
    }

    /** @return the value of the word {@code s[from, to)}, skipping spaces, or null */
    V getSpaced(char[] s, int from, int to) {
        Node n = root;
        for (int i = from; i < to && n != null; i++) {
            if (s[i] != ' ') {
                n = n.child(s[i]);
            }
        }
        return n == null ? null : n.value;
    }

    /** @return the value of the word {@code s[from, to)}, or null */
    V get(char[] s, int from, int to) {
        Node n = root;
        for (int i = from; i < to && n != null; i++) {
            n = n.child(s[i]);
        }
        return n == null ? null : n.value;
    }
}
