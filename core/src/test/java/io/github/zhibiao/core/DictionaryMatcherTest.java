package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DictionaryMatcherTest {
    private static final DictionaryMatcher<String> MATCHER = new DictionaryMatcher<>(Map.of(
            "工业增加值", "VA",
            "规模以上工业增加值", "VA_ABOVE_SCALE",
            "地区生产总值", "GDP",
            "生产总值", "GDP_SHORT"));

    private static List<String> found(String text, int from, int to) {
        return MATCHER.find(text.toCharArray(), from, to).stream()
                .map(m -> m.start + "-" + m.end + ":" + m.value)
                .toList();
    }

    @Test
    void keepsTheLongestWordAtEachStartAndSkipsWordsInsideIt() {
        String text = "全县地区生产总值增长5.8%，规模以上工业增加值增长4.1%";
        assertThat(found(text, 0, text.length()))
                .containsExactly("2-8:GDP", "15-24:VA_ABOVE_SCALE");
    }

    @Test
    void reportsOffsetsInTheWholeTextWhenGivenASlice() {
        String text = "工业增加值；地区生产总值";
        assertThat(found(text, 6, text.length())).containsExactly("6-12:GDP");
        assertThat(found(text, 0, 4)).isEmpty();
    }

    @Test
    void anEmptyDictionaryFindsNothing() {
        DictionaryMatcher<String> none = new DictionaryMatcher<>(Map.of());
        assertThat(none.find("地区生产总值".toCharArray(), 0, 6)).isEmpty();
    }

    /** The automaton is a copy: core must not need HanLP, so a user's HanLP set-up cannot reach it. */
    @Test
    void hanlpIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("com.hankcs.hanlp.HanLP"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("com.hankcs.algorithm.AhoCorasickDoubleArrayTrie"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
