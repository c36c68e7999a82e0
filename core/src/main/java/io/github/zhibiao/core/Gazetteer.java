package io.github.zhibiao.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * China's administrative divisions (GB/T 2260: provinces, prefectures, counties and districts) from
 * {@code divisions.tsv}: which words are place names (海拉尔区, 呼伦贝尔市, 内蒙古自治区) and their six-digit codes. A
 * name that several divisions share (朝阳区 in 北京市 and in 长春市) is told apart by the parent the text names most.
 *
 * <p>Immutable and thread-safe; the table is read once, on first use.
 */
final class Gazetteer {
    /** The code of the country as a whole, for national reports (全国). */
    static final String NATIONAL_CODE = "100000";
    /** Names shorter than this (城区, 矿区, 东区) are common words as often as places and are not looked up. */
    static final int MIN_NAME = 3;
    static final int MAX_NAME = 12;

    /** One division. */
    record Division(String code, String name, int level, String parent) {
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer();
    }

    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, Division> byCode = new HashMap<>();
    /**
     * The names by their last two chars, longest first, in an open-addressing table keyed by those chars: a lookup
     * at each region suffix of a text allocates nothing.
     */
    private final int[] tailKeys;
    private final char[][][] tailNames;

    private Gazetteer() {
        Map<Integer, List<String>> byTail = new HashMap<>();
        for (String[] row : Lexicon.rows("divisions.tsv", 4)) {
            Division d = new Division(row[0], row[1], Integer.parseInt(row[2]), row[3]);
            byCode.put(d.code(), d);
            byName.computeIfAbsent(d.name(), k -> new ArrayList<>(1)).add(d);
            String n = d.name();
            if (n.length() >= MIN_NAME && n.length() <= MAX_NAME) {
                List<String> l = byTail.computeIfAbsent(tail(n.charAt(n.length() - 2), n.charAt(n.length() - 1)),
                        k -> new ArrayList<>());
                if (!l.contains(n)) {
                    l.add(n);
                }
            }
        }
        int size = Integer.highestOneBit(Math.max(16, byTail.size() * 4));
        tailKeys = new int[size];
        tailNames = new char[size][][];
        for (Map.Entry<Integer, List<String>> e : byTail.entrySet()) {
            List<String> names = e.getValue();
            names.sort((a, b) -> b.length() - a.length());
            int slot = slot(e.getKey());
            while (tailNames[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            tailKeys[slot] = e.getKey();
            char[][] arr = new char[names.size()][];
            for (int i = 0; i < arr.length; i++) {
                arr[i] = names.get(i).toCharArray();
            }
            tailNames[slot] = arr;
        }
    }

    private static int tail(char a, char b) {
        return a << 16 | b;
    }

    private int slot(int key) {
        return (key * 0x9E3779B9 >>> 7) & (tailKeys.length - 1);
    }

    /**
     * The start of the longest division name that ends at {@code t[p]} and starts at or after {@code from}, or -1:
     * "…海拉尔区" at 区 → the index of 海.
     */
    int nameEndingAt(char[] t, int from, int p) {
        if (p - 1 < from) {
            return -1;
        }
        int key = tail(t[p - 1], t[p]);
        int slot = slot(key);
        while (tailNames[slot] != null) {
            if (tailKeys[slot] == key) {
                for (char[] name : tailNames[slot]) {
                    int s = p + 1 - name.length;
                    if (s >= from && matches(t, s, name)) {
                        return s;
                    }
                }
                return -1;
            }
            slot = (slot + 1) & (tailKeys.length - 1);
        }
        return -1;
    }

    private static boolean matches(char[] t, int s, char[] name) {
        for (int i = 0; i < name.length - 2; i++) {
            if (t[s + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    static Gazetteer get() {
        return Holder.INSTANCE;
    }

    /** True when {@code t[s, e)} is the full name of a division of at least {@link #MIN_NAME} chars. */
    boolean isName(char[] t, int s, int e) {
        return e - s >= MIN_NAME && e - s <= MAX_NAME && byName.containsKey(new String(t, s, e - s));
    }

    /**
     * The code of the division named {@code name} ("海拉尔区" → "150702", "全国" → "100000"); when several share the
     * name, the one whose parent {@code parentCounts} names most often; null when unknown or undecided.
     */
    String code(String name, Map<String, Integer> parentCounts) {
        if ("全国".equals(name) || "中国".equals(name) || "中华人民共和国".equals(name)) {
            return NATIONAL_CODE;
        }
        List<Division> ds = byName.get(name);
        if (ds == null) {
            return null;
        }
        if (ds.size() == 1) {
            return ds.get(0).code();
        }
        Division best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Division d : ds) {
            Division parent = byCode.get(d.parent());
            int n = parent == null ? 0 : parentCounts.getOrDefault(parent.name(), 0);
            if (n > bestCount) {
                best = d;
                bestCount = n;
                tie = false;
            } else if (n == bestCount) {
                tie = true;
            }
        }
        return best != null && !tie ? best.code() : null;
    }
}
