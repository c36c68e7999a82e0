package io.github.zhibiao.core.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.numbers.Quantities;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            287.9亿元  | 10000000
            300亿元    | 100000000
            6%         | 1
            7.5%       | 0.1
            5650人     | 1
            3.25万人   | 100
            增长23.53% | 0.01
            """)
    void precisionIsOneUnitOfTheLastWrittenDigit(String text, BigDecimal precision) {
        assertThat(Figures.precision(Quantities.parse(text))).isEqualByComparingTo(precision);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            287.9亿元 | 288亿元    | false
            287.9亿元 | 287.93亿元 | false
            192.3亿元 | 303.6亿元  | true
            增长6%    | 增长6.0%   | false
            增长6%    | 下降6%     | true
            增长6%    | 增加6亿元  | false
            """)
    void figuresDifferOnlyBeyondTheCoarserPrecision(String a, String b, boolean differ) {
        assertThat(Figures.differ(Quantities.parse(a), Quantities.parse(b))).isEqualTo(differ);
    }
}
