package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.numbers.Quantities;
import io.github.zhibiao.numbers.QuantityMention;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences that once threw out of {@link ReportParser#parse} or silently lost a line, and the guarantee that
 * holds whatever goes wrong inside: the report keeps every other statement and names what it could not read.
 */
class NeverLoseAReportTest {
    private static final ReportParser PARSER = ReportParser.builder().date(LocalDate.of(2026, 1, 27))
            .region("平阴县").build();

    private static String statements(Report r) {
        return r.statements().stream().map(s -> s.indicatorCode() + " " + s.text() + " [" + s.start() + "," + s.end()
                + ")").collect(Collectors.joining(" ; "));
    }

    /** Columns: sentence | its statements as "CODE text [start,end)" joined by " ; ". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        居民收入分别增长5%、6%，城镇化率62%。 | OTHER 居民收入分别增长5% [0,10) ; OTHER 居民收入分别增长5%、6% [0,13) ; URBANIZATION_RATE 城镇化率62% [14,21)
        2025年，城乡居民人均可支配收入分别增长3.9%、5.6%，城镇化率62%。 | URBAN_DISPOSABLE_INCOME 城乡居民人均可支配收入分别增长3.9% [6,25) ; RURAL_DISPOSABLE_INCOME 城乡居民人均可支配收入分别增长3.9%、5.6% [6,30) ; URBANIZATION_RATE 城镇化率62% [31,38)
        2025年，全县地区生产总值增长5.8%；规上工业增加值增长4.1%；比例为7/0。 | GDP 地区生产总值增长5.8% [8,20) ; INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 规上工业增加值增长4.1% [21,34)
        城镇化率降幅为零至零点五个百分点。 | URBANIZATION_RATE 城镇化率降幅为零至零点五个百分点 [0,16)
        """)
    void readsSentencesThatOnceThrew(String text, String expected) {
        Report r = PARSER.parse(text);
        assertThat(statements(r)).isEqualTo(expected);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aSentenceThatOnceThrewCostsTheReportNothingElse() {
        String report = "2025年，全县地区生产总值增长5.8%；规上工业增加值增长4.1%。\n"
                + "城乡居民人均可支配收入分别增长3.9%、5.6%。\n";
        String hostile = "居民收入分别增长5%、6%，城镇化率62%。\n";
        int alone = PARSER.parse(report).statements().size();
        Report both = PARSER.parse(report + hostile);
        assertThat(alone).isEqualTo(4);
        assertThat(both.statements()).hasSize(alone + 3);
        assertThat(both.warnings()).isEmpty();
    }

    @Test
    void aScannerFailureLosesOnlyItsOwnSentenceAndSaysSo() {
        Function<CharSequence, List<QuantityMention>> failsOnSevenOverZero = text -> {
            if (text.toString().contains("7/0")) {
                throw new ArithmeticException("Division by zero");
            }
            return Quantities.scan(text);
        };
        String text = "2025年，全县地区生产总值增长5.8%；规上工业增加值增长4.1%；比例为7/0。";
        Report r = PARSER.withScanner(failsOnSevenOverZero).parse(text);
        assertThat(statements(r)).isEqualTo("GDP 地区生产总值增长5.8% [8,20) ; "
                + "INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 规上工业增加值增长4.1% [21,34)");
        assertThat(r.warnings()).hasSize(1);
        ReportWarning w = r.warnings().get(0);
        assertThat(text.substring(w.start(), w.end())).isEqualTo("比例为7/0。");
        assertThat(w.message()).isEqualTo("quantities of sentence not read (internal error: ArithmeticException): "
                + "\"比例为7/0。\"");
        assertThat(r.toString()).endsWith(", 1 warnings]");
    }

    @Test
    void aSentenceThatFailsInsideIsNamedAndTheOthersAreKept() {
        // A CharSequence that fails on the statement texts of the second sentence makes that sentence fail inside
        // the parser, standing for any bug still hidden there.
        String plain = "2025年，全县地区生产总值增长5.8%。规上工业增加值增长4.1%城镇化率62%。\n";
        int second = plain.indexOf("规上");
        CharSequence text = new CharSequence() {
            @Override
            public int length() {
                return plain.length();
            }

            @Override
            public char charAt(int index) {
                return plain.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                if (start >= second && end - start < plain.length() - second) {
                    throw new IllegalStateException("hidden bug");
                }
                return plain.subSequence(start, end);
            }

            @Override
            public String toString() {
                return plain;
            }
        };
        Report r = PARSER.parse(text);
        assertThat(statements(r)).isEqualTo("GDP 地区生产总值增长5.8% [8,20)");
        assertThat(r.warnings()).extracting(w -> plain.substring(w.start(), w.end()))
                .containsExactly("规上工业增加值增长4.1%城镇化率62%");
        assertThat(r.warnings().get(0).message()).isEqualTo("sentence not read (internal error: "
                + "IllegalStateException): \"规上工业增加值增长4.1%城镇化率62%\"");
    }

    @Test
    void warningsAreValues() {
        ReportWarning w = ReportWarning.of(3, 9, "sentence not read");
        assertThat(w).isEqualTo(ReportWarning.of(3, 9, "sentence not read"))
                .hasSameHashCodeAs(ReportWarning.of(3, 9, "sentence not read"))
                .isNotEqualTo(ReportWarning.of(3, 10, "sentence not read"))
                .hasToString("[3, 9) sentence not read");
        assertThat(ReportWarning.of(0, 0, "x").end()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportWarning.of(5, 4, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[5, 4)");
    }
}
