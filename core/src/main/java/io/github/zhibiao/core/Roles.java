package io.github.zhibiao.core;

import io.github.zhibiao.core.Sentence.Anchor;
import io.github.zhibiao.core.Sentence.Item;
import io.github.zhibiao.numbers.Change;
import io.github.zhibiao.numbers.Dimension;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells what each value linked to a name is: the level (增至356亿元), the change (增长8.5%), a share of the amount
 * (占一般公共预算支出的80.9%), a rank (居全省第3位) or the earlier level it rose from (由270亿元).
 *
 * <p>One instance reads one sentence, on one thread; it holds no state of its own.
 */
final class Roles {
    enum Role {
        LEVEL, CHANGE, SHARE, RANK, FROM
    }

    /** A value of the sentence with the part it plays for one indicator. */
    record Assigned(Role role, Item item) {
    }

    private final Sentence sentence;
    private final char[] t;
    private final Clauses clauses;

    Roles(Sentence sentence) {
        this.sentence = sentence;
        this.t = sentence.t;
        this.clauses = sentence.clauses;
    }

    List<Assigned> classify(Anchor an, List<Item> taken, Dimension expected) {
        List<Assigned> roles = new ArrayList<>();
        for (int k = 0; k < taken.size(); k++) {
            Item it = taken.get(k);
            if (it.rank != null) {
                roles.add(new Assigned(Role.RANK, it));
                continue;
            }
            Quantity q = it.q.quantity();
            Dimension d = q.unit().dimension();
            Optional<Change> ch = q.change();
            boolean nextToLevel = k + 1 < taken.size() && taken.get(k + 1).q != null
                    && taken.get(k + 1).q.quantity().change().map(Change::isToLevel).orElse(false)
                    && sentence.clauseStart(taken.get(k + 1).start) == sentence.clauseStart(it.start);
            boolean fromWord = false;
            for (int f = Math.max(an.end, sentence.clauseStart(it.start)); f < it.start; f++) {
                fromWord |= t[f] == '从' || t[f] == '由';
            }
            boolean laterLevel = false;
            for (int l = k + 1; l < taken.size(); l++) {
                Item n = taken.get(l);
                laterLevel |= n.q != null && sentence.clauseStart(n.start) == sentence.clauseStart(it.start)
                        && n.q.quantity().unit().dimension() == d;
            }
            if (ch.isEmpty() && (nextToLevel || fromWord && laterLevel)) {
                // 由270亿元上升至356亿元, 从“十三五”末的23平方公里扩展至25平方公里: the earlier level.
                roles.add(new Assigned(Role.FROM, it));
                continue;
            }
            boolean isChange = ch.isPresent() && !ch.get().isToLevel()
                    || ch.isEmpty() && (rateWordBefore(it) || d == Dimension.RATIO && namesGrowth(an));
            if (q.unit() == Unit.PERCENTAGE_POINT && expected != Dimension.RATIO && growthNamedBefore(it)) {
                // "增速比上年提高1.2个百分点", "增幅比1—10月提高0.3个百分点": a change of the growth rate.
                it.used = true;
                continue;
            }
            if (isChange) {
                if (d == Dimension.RATIO || expected == null || d == expected || q.unit() == Unit.NUMBER
                        || an.indicator.isOther()) {
                    roles.add(new Assigned(Role.CHANGE, it));
                }
                continue;
            }
            if (d == Dimension.RATIO && expected != null && expected != Dimension.RATIO && shareWordBefore(it)) {
                roles.add(new Assigned(Role.SHARE, it));
                continue;
            }
            boolean fits = expected == null || d == expected
                    || expected == Dimension.CURRENCY && q.unit() == Unit.NUMBER
                    || an.indicator.isOther()
                    || d == Dimension.RATIO && progressWordBefore(it);
            if (fits) {
                roles.add(new Assigned(Role.LEVEL, it));
            }
        }
        return roles;
    }

    boolean rateWordBefore(Item it) {
        int b = it.start;
        for (String w : Lexicon.words("RATE_COPULAS")) {
            if (clauses.at(b - w.length(), b, w)) {
                b -= w.length(); // "第一季的升幅修订为2.8%"
                break;
            }
        }
        boolean goal = false;
        for (String w : Lexicon.words("GOAL_NOUNS")) {
            if (clauses.at(b - w.length(), b, w)) {
                b -= w.length(); // "经济增长预期目标为7%左右", "增长目标为": the goal set for a growth rate
                goal = true;
                break;
            }
        }
        if (goal && clauses.at(b - 1, b, "的")) {
            b--;
        }
        for (String w : Lexicon.words("RATE_WORDS")) {
            if (clauses.at(b - w.length(), b, w)) {
                return true;
            }
        }
        return goal && clauses.at(b - 2, b, "增长");
    }

    /** True when the name itself is a growth rate of an amount: "经济增长率", "经济成长率" (GDP). */
    private boolean namesGrowth(Anchor an) {
        return an.indicator.dimension().map(x -> x != Dimension.RATIO).orElse(false)
                && (clauses.at(an.end - 3, an.end, "增长率") || clauses.at(an.end - 3, an.end, "成长率")
                || clauses.at(an.end - 2, an.end, "增速") || clauses.at(an.end - 2, an.end, "增幅"));
    }

    /** True when 增速, 增幅 or a like word stands in the clause before {@code it}. */
    private boolean growthNamedBefore(Item it) {
        for (int i = sentence.clauseStart(it.start); i < it.start - 1; i++) {
            if ((t[i] == '增' || t[i] == '涨' || t[i] == '升' || t[i] == '降')
                    && (t[i + 1] == '速' || t[i + 1] == '幅') || clauses.at(i, it.start, "增长率")) {
                return true;
            }
        }
        return false;
    }

    /** "完成全年任务的55.14%", "为预算的101.2%": progress towards a target or a budget, in percent. */
    boolean progressWordBefore(Item it) {
        for (String w : Lexicon.words("PROGRESS_NOUNS")) {
            if (clauses.at(it.start - w.length(), it.start, w)) {
                return true;
            }
        }
        return false;
    }

    boolean shareWordBefore(Item it) {
        int from = Math.max(sentence.clauseStart(it.start), it.start - 16);
        for (int i = from; i < it.start; i++) {
            if (t[i] == '占' || clauses.at(i, it.start, "比重") || clauses.at(i, it.start, "占比")
                    || clauses.at(i, it.start, "之比")) {
                return true;
            }
        }
        return false;
    }
}
