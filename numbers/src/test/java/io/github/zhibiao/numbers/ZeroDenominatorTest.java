package io.github.zhibiao.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Zeros where a divisor or a scale is taken: a fraction with a zero denominator (3/0) and ranges from Chinese zero
 * (零至零点五) once divided by zero inside the scanner; and the scale of a range's second number, which took the
 * decimal of 一点五 for a multiplier (一至一点五 read as 1.5–1.5). Each now scans to what the text states.
 */
class ZeroDenominatorTest {

    /** Columns: input | the mentions {@code scan} finds, as their toString joined by " ; " (empty: none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        3/0                            |
        7／0                           |
        １／０                          |
        2024/0                         |
        2024/0/1                       |
        0/0                            |
        50/0元                         |
        1/0%                           |
        比例为7/0。                     |
        比例为7/0，增长3/5              | 增长3/5 = 0.6 NUMBER [increase] @[7,12)
        降幅为零至零点五个百分点         | 降幅为零至零点五个百分点 = 0-0.5 PERCENTAGE_POINT [decrease] @[0,12)
        零至零点五个百分点              | 零至零点五个百分点 = 0-0.5 PERCENTAGE_POINT @[0,9)
        零至5个百分点                  | 零至5个百分点 = 0-5 PERCENTAGE_POINT @[0,7)
        〇至〇点五                      |
        零-零点五                       |
        零增长                          |
        降幅为一至一点五个百分点         | 降幅为一至一点五个百分点 = 1-1.5 PERCENTAGE_POINT [decrease] @[0,12)
        三至三点五万元                  | 三至三点五万元 = 30000-35000 CNY @[0,7)
        三分之零                        |
        零分之三                        |
        """)
    void scansZerosWithoutDividingByThem(String input, String expected) {
        String found = Quantities.scan(input).stream().map(QuantityMention::toString)
                .collect(Collectors.joining(" ; "));
        assertThat(found).isEqualTo(expected == null ? "" : expected);
    }

    /** Columns: input | what {@code parse} returns (toString), or the error index of its QuantityParseException. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        3/0                            | error at 0
        7／0                           | error at 0
        2024/0                         | error at 0
        0/0                            | error at 0
        零分之三                        | error at 0
        降幅为零至零点五个百分点         | 0-0.5 PERCENTAGE_POINT [decrease]
        〇至〇点五                      | 0-0.5 NUMBER
        零-零点五                       | 0-0.5 NUMBER
        三分之零                        | 0 NUMBER
        百分之零                        | 0 PERCENT
        一至一点五千                    | 1000-1500 NUMBER
        两到三仟                        | 2000-3000 NUMBER
        一至二点五                      | 1-2.5 NUMBER
        """)
    void parsesZerosOrFailsWithAParseException(String input, String expected) {
        if (expected.startsWith("error at ")) {
            QuantityParseException e = catchThrowableOfType(QuantityParseException.class,
                    () -> Quantities.parse(input));
            assertThat(e).as(input).isNotNull();
            assertThat(e.getErrorIndex()).isEqualTo(Integer.parseInt(expected.substring("error at ".length())));
            assertThat(e.getMessage()).contains("\"" + input + "\"");
        } else {
            assertThat(Quantities.parse(input)).hasToString(expected);
        }
    }
}
