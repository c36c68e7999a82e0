package io.github.zhibiao.core;

import static io.github.zhibiao.core.Clauses.clauseEnd;
import static io.github.zhibiao.core.Clauses.segmentEnd;

import io.github.zhibiao.core.Sentence.Item;
import java.util.Map;

/**
 * Finds whose figure a statement is: the region named in the indicator's clause or at the start of the sentence
 * ("今年上半年，平阴县地区生产总值…" → 平阴县), a collective word resolved against the report's region (全区 → 高新区),
 * else the report's own region.
 *
 * <p>One instance reads one sentence, on one thread; it holds no state of its own.
 */
final class SubjectResolver {
    private final Sentence sentence;
    private final ParseState parse;
    private final char[] t;
    private final CharSequence text;

    SubjectResolver(Sentence sentence) {
        this.sentence = sentence;
        this.parse = sentence.parse;
        this.t = sentence.t;
        this.text = sentence.text;
    }

    String subject(int anchorStart) {
        String region = parse.context.region().orElse(null);
        String found = null;
        int foundAt = -1;
        // A subject stands in the indicator's own clause or opens the sentence ("今年上半年,平阴县…").
        int clause = sentence.clauseStart(anchorStart);
        int first = sentence.ss;
        while (first < sentence.se && !clauseEnd(t[first]) && !segmentEnd(t[first])) {
            first++;
        }
        for (DictionaryMatcher.Match<String> c : parse.lex.collectives.find(t, sentence.ss, anchorStart)) {
            if (c.start >= first && c.start < clause) {
                continue;
            }
            if (!insideRank(c.start) && c.start > foundAt) {
                found = collective(c.value, region);
                foundAt = c.start;
            }
        }
        for (int p = sentence.ss + 2; p < anchorStart; p++) {
            int s = Regions.nameStartingBefore(t, p, sentence.ss, sentence.se);
            if (s >= first && s < clause) {
                continue;
            }
            if (s >= 0 && s > foundAt && !insideRank(s)
                    && (p + 1 == anchorStart || knownRegion(new String(t, s, p + 1 - s)))) {
                found = text.subSequence(s, p + 1).toString();
                foundAt = s;
            }
        }
        return found != null ? found : region;
    }

    /** A name is taken as a subject only when the report uses it more than once (not 确保县 …). */
    private boolean knownRegion(String name) {
        if (parse.context.region().map(name::equals).orElse(false)) {
            return true;
        }
        return parse.regionCounts().getOrDefault(name, 0) >= 2;
    }

    private boolean insideRank(int pos) {
        for (Item it : sentence.items) {
            if (it.rank != null && it.start <= pos && pos < it.end) {
                return true;
            }
        }
        return false;
    }

    private String collective(String word, String region) {
        if (region == null) {
            return word;
        }
        char suffix = word.charAt(word.length() - 1);
        if (word.endsWith("域")) {
            return region;
        }
        if (region.charAt(region.length() - 1) == suffix) {
            return region;
        }
        // 全区 in a report detected as a 市's: the district the text names most often, if it names one twice.
        String best = word;
        int bestCount = 1;
        for (Map.Entry<String, Integer> e : parse.regionCounts().entrySet()) {
            String name = e.getKey();
            if (name.charAt(name.length() - 1) == suffix && (e.getValue() > bestCount
                    || e.getValue() == bestCount && !best.equals(word) && name.compareTo(best) < 0)) {
                best = name;
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
