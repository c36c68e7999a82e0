package io.github.zhibiao.core;

import io.github.zhibiao.core.Sentence.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds ranks within a scope: "增速居全省第3位" gives {@code Rank.of("全省", 3, "全省第3位")}, "位居全市前列" a rank
 * with position 0. Ranks are linked to an indicator like its values.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Ranks {
    private static final String[] SCOPES = Lexicon.words("SCOPES");

    private Ranks() {
    }

    /** The ranks written in {@code t[s, e)}, in order, as items of a sentence. */
    static List<Item> find(Clauses clauses, char[] t, CharSequence text, int s, int e) {
        List<Item> list = new ArrayList<>();
        for (int i = s; i < e; i++) {
            for (String scope : SCOPES) {
                if (!clauses.at(i, e, scope)) {
                    continue;
                }
                int k = i + scope.length();
                int pos = -1;
                int end = -1;
                if (clauses.at(k, e, "首位") || clauses.at(k, e, "第一位")) {
                    pos = 1;
                    end = k + (t[k] == '首' ? 2 : 3);
                } else if (clauses.at(k, e, "前列")) {
                    pos = 0;
                    end = k + 2;
                } else if (clauses.at(k, e, "第")) {
                    int n = 0;
                    int j = k + 1;
                    if (j < e && t[j] >= '0' && t[j] <= '9') {
                        while (j < e && t[j] >= '0' && t[j] <= '9' && j - k < 4) {
                            n = n * 10 + (t[j] - '0');
                            j++;
                        }
                    } else if (j < e && t[j] == '十') {
                        n = 10;
                        j++;
                        if (j < e && PeriodScanner.cnDigit(t[j]) > 0) {
                            n += PeriodScanner.cnDigit(t[j]);
                            j++;
                        }
                    } else if (j < e && PeriodScanner.cnDigit(t[j]) > 0) {
                        n = PeriodScanner.cnDigit(t[j]);
                        j++;
                        if (j < e && t[j] == '十') {
                            n *= 10;
                            j++;
                            if (j < e && PeriodScanner.cnDigit(t[j]) > 0) {
                                n += PeriodScanner.cnDigit(t[j]);
                                j++;
                            }
                        }
                    }
                    if (n > 0) {
                        if (j < e && (t[j] == '位' || t[j] == '名')) {
                            j++;
                        }
                        pos = n;
                        end = j;
                    }
                }
                if (end > 0) {
                    Item it = new Item(i, end, null,
                            Rank.of(text.subSequence(i, k).toString(), pos, text.subSequence(i, end).toString()));
                    list.add(it);
                    i = end - 1;
                    break;
                }
            }
        }
        return list;
    }
}
