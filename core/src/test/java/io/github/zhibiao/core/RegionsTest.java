package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Region names are found without a gazetteer: two chars before a suffix, unless words rule it out. */
class RegionsTest {

    /** Columns: text, index of the suffix char, expected name start (-1 for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "平阴县地区生产总值, 2, 0",
        "济南市济阳区, 2, 0",
        "接受县政协委员视察, 2, -1",
        "深化县属国企改革, 2, -1",
        "推进市场化改革, 2, -1",
        "全县经济, 1, -1"
    })
    void findsRegionNamesButNotVerbsBeforeASuffix(String text, int suffix, int expected) {
        char[] t = text.toCharArray();
        assertThat(Regions.nameStartingBefore(t, suffix, 0, t.length)).isEqualTo(expected);
    }
}
