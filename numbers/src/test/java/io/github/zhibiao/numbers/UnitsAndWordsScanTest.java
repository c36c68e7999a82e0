package io.github.zhibiao.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Units beyond those of economic reports (两, 微克, 千卡, 赫兹, 字节, more currencies), coins after a main unit,
 * quantities written as words (打对折, 半成) and discounts written with spaces, each with the cases that must not
 * change (1980两年, 三两天, 半成品).
 */
class UnitsAndWordsScanTest {

    /** Columns: input | mention text | value | unit. The input holds exactly this one mention. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # 两 (liang, 50 g) after a numeral, when nothing numeric follows it
        二两                        | 二两                 | 2           | LIANG
        三十两                      | 三十两               | 30          | LIANG
        三千两百两                  | 三千两百两           | 3200        | LIANG
        两万两                      | 两万两               | 20000       | LIANG
        1234两                      | 1234两               | 1234        | LIANG
        买了二两茶叶                | 二两                 | 2           | LIANG
        二两半                      | 二两半               | 2.5         | LIANG
        # masses below the gram, read in grams
        摄入2.4微克的维生素B12      | 2.4微克              | 0.0000024   | GRAM
        含钠300毫克                 | 300毫克              | 0.3         | GRAM
        # energy, frequency, data sizes
        323千卡                     | 323千卡              | 323         | KILOCALORIE
        热量120大卡                 | 120大卡              | 120         | KILOCALORIE
        5千焦                       | 5千焦                | 5000        | JOULE
        100赫兹                     | 100赫兹              | 100         | HERTZ
        1兆赫兹                     | 1兆赫兹              | 1000000     | HERTZ
        2.4GHz                      | 2.4GHz               | 2400000000  | HERTZ
        三千比特                    | 三千比特             | 3000        | BIT
        六千字节                    | 六千字节             | 6000        | BYTE
        五十兆字节                  | 五十兆字节           | 50000000    | BYTE
        # currencies
        兑换1.0092瑞士法郎          | 1.0092瑞士法郎       | 1.0092      | CHF
        达到445奈拉兑换             | 445奈拉              | 445         | NGN
        3.5亿新加坡元               | 3.5亿新加坡元        | 350000000   | SGD
        800澳门元                   | 800澳门元            | 800         | MOP
        我有20个比特币              | 20个比特币           | 20          | BTC
        # coins after the main unit of the same currency
        这台电脑两美元又三美分      | 两美元又三美分       | 2.03        | USD
        10日元5日本銭               | 10日元5日本銭        | 10.05       | JPY
        5美分                       | 5美分                | 0.05        | USD
        # quantities written as words
        打对折                      | 打对折               | 50          | PERCENT
        打對折                      | 打對折               | 50          | PERCENT
        半折                        | 半折                 | 50          | PERCENT
        半成                        | 半成                 | 5           | PERCENT
        年过半百                    | 半百                 | 50          | NUMBER
        # discounts written with spaces
        7 2 折                      | 7 2 折               | 72          | PERCENT
        九 九 折                    | 九 九 折             | 99          | PERCENT
        # a doubled minus is a dash, not a sign; one space may stand before k
        －－9                       | 9                    | 9           | NUMBER
        百 分 之  ５２.５ k         | 百 分 之  ５２.５ k  | 52500       | PERCENT
        """)
    void scansOneMention(String input, String text, String value, String unit) {
        List<QuantityMention> found = Quantities.scan(input);
        assertThat(found).as("mentions in %s", input).hasSize(1);
        QuantityMention m = found.get(0);
        assertThat(m.text()).isEqualTo(text);
        assertThat(input.substring(m.start(), m.end())).isEqualTo(text);
        assertThat(m.quantity().value()).isEqualByComparingTo(value);
        assertThat(m.quantity().unit()).isEqualTo(Unit.valueOf(unit));
    }

    /** Columns: quantity | SI value | SI unit. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        二两       | 0.1      | KILOGRAM
        1斤        | 0.5      | KILOGRAM
        323千卡    | 1351432  | JOULE
        2.4微克    | 0.0000000024 | KILOGRAM
        """)
    void convertsNewUnitsToSi(String quantity, String value, String unit) {
        Quantity si = Quantities.parse(quantity).toSi();
        assertThat(si.value()).isEqualByComparingTo(value);
        assertThat(si.unit()).isEqualTo(Unit.valueOf(unit));
    }

    /** 两 is the numeral two before a unit or date word; 两两 is a word; 半成品 and 对折 (fold) are no quantities. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1979、1980两年", "三两天", "九两条规定", "两两", "二两月份", "半成品", "把纸对折", "一半成本", "过半成员国", "半成熟", "半折叠屏"})
    void readsNoLiangOrWordQuantityIn(String input) {
        assertThat(Quantities.scan(input)).as("mentions in %s", input)
                .noneMatch(m -> m.quantity().unit() == Unit.LIANG || m.quantity().unit() == Unit.PERCENT);
    }
}
