package io.github.zhibiao.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ScanOptions#general()}: lone Chinese numerals that stand as words are numbers, 一 with a classifier counts
 * one thing; report text ({@link ScanOptions#report()}, the default) reads neither.
 */
class GeneralTextScanTest {

    private static String mentions(List<QuantityMention> found) {
        return found.stream().map(m -> m.text() + "=" + m.quantity().value().toPlainString() + " " + m.quantity().unit())
                .collect(Collectors.joining(", "));
    }

    /** Columns: input | every mention in general text (text=value UNIT, comma-separated). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        答案是四不是五          | 四=4 NUMBER, 五=5 NUMBER
        答案不是四而是五        | 四=4 NUMBER, 五=5 NUMBER
        数量不是一却是五        | 一=1 NUMBER, 五=5 NUMBER
        这是五那是四            | 五=5 NUMBER, 四=4 NUMBER
        这不是四川这是五        | 五=5 NUMBER
        这不是一这是九台        | 一=1 NUMBER, 九台=9 COUNT
        “一”和“五”              | 一=1 NUMBER, 五=5 NUMBER
        二                      | 二=2 NUMBER
        十                      | 十=10 NUMBER
        两                      | 两=2 NUMBER
        一只                    | 一只=1 COUNT
        一塊蛋糕                | 一塊=1 COUNT
        单销量排名前三的品牌    | 三=3 NUMBER
        三的另一种写法是叁      | 三=3 NUMBER, 一种=1 COUNT, 叁=3 NUMBER
        `还有二分之。`          | 二=2 NUMBER
        """)
    void readsLoneNumeralsThatAreWords(String input, String expected) {
        assertThat(mentions(Quantities.scan(input, ScanOptions.general()))).isEqualTo(expected);
    }

    /** The same texts in report text: lone numerals are words or enumerations there, 一个 is an article. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"答案是四不是五", "“一”和“五”", "二", "一只", "一塊蛋糕", "单销量排名前三的品牌"})
    void reportTextReadsNoLoneNumeral(String input) {
        assertThat(Quantities.scan(input)).isEmpty();
        assertThat(Quantities.scan(input, ScanOptions.report())).isEmpty();
    }

    /** Numerals inside words stay words in general text too. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"这不是四川", "推进一体化", "“十四五”时期", "统一部署", "一是稳增长，二是调结构", "唯一的办法",
        "万一的情况", "之一的", "前三季度", "四减四增", "两两", "进一步", "实现“两不愁三保障”", "内容如下：一、回顾；二、任务",
        "从一九九一年到二○○○年"})
    void readsNoNumeralInsideWordsOfGeneralText(String input) {
        assertThat(Quantities.scan(input, ScanOptions.general())).as("mentions in %s", input).isEmpty();
    }

    @Test
    void readsEverythingElseAsInReportText() {
        String text = "全县地区生产总值增长5.8%；规上工业增加值增长4.1%，三万元欧元，打对折";
        assertThat(Quantities.scan(text, ScanOptions.general())).isEqualTo(Quantities.scan(text));
    }

    @Test
    void takesAPluggableWordBoundary() {
        WordBoundary everyNumeral = (text, start, end) -> true;
        assertThat(mentions(Quantities.scan("这不是四川", ScanOptions.general(everyNumeral)))).isEqualTo("四=4 NUMBER");
        assertThat(ScanOptions.general(everyNumeral).readsLoneNumerals()).isTrue();
        assertThat(ScanOptions.report().readsLoneNumerals()).isFalse();
        assertThat(ScanOptions.general()).hasToString("ScanOptions[general]");
        assertThatNullPointerException().isThrownBy(() -> ScanOptions.general(null)).withMessage("boundary");
        assertThatNullPointerException().isThrownBy(() -> Quantities.scan("五", null)).withMessage("options");
    }

    /**
     * The new paths stay linear: one megachar of each repeated unit against a quarter of it, in both modes (bound as
     * in {@link LinearTimeTest}: 1 M &lt; 10 × 256 K + 200 ms, best of three, measured up to three times).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"二两", "打对折", "7 ", "是四不是", "“一”", "两美元又"})
    void newPathsScanInLinearTime(String unit) {
        String quarter = unit.repeat((1 << 18) / unit.length() + 1).substring(0, 1 << 18);
        String full = unit.repeat((1 << 20) / unit.length() + 1).substring(0, 1 << 20);
        for (ScanOptions options : List.of(ScanOptions.report(), ScanOptions.general())) {
            QuantitiesPropertyTest.checkSpansOf(full, Quantities.scan(full, options));
            long tq = 0;
            long tf = 0;
            for (int attempt = 0; attempt < 3 && (attempt == 0 || tf >= 10 * tq + 200_000_000L); attempt++) {
                tq = bestNanos(quarter, options, 3);
                tf = bestNanos(full, options, 2);
            }
            assertThat(tf).as("%s %s: 1M %d ms, 256K %d ms", unit, options, tf / 1_000_000, tq / 1_000_000)
                    .isLessThan(10 * tq + 200_000_000L);
        }
    }

    private static long bestNanos(String text, ScanOptions options, int runs) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Quantities.scan(text, options);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }
}
