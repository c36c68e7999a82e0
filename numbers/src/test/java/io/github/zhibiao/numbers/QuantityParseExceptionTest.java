package io.github.zhibiao.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** What {@link Quantities#parse} does with text that is not exactly one quantity. */
class QuantityParseExceptionTest {

    private static QuantityParseException parseFailure(String text) {
        QuantityParseException e = catchThrowableOfType(QuantityParseException.class, () -> Quantities.parse(text));
        assertThat(e).as("parse(\"%s\") throws QuantityParseException", text).isNotNull();
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.getMessage()).as("message names the text").contains("\"" + text + "\"");
        assertThat(e.getParsedText()).isEqualTo(text);
        assertThat(e.getErrorIndex()).as("error index of \"%s\" (%s)", text, e.getMessage())
                .isBetween(0, text.length());
        assertThat(e.getMessage()).as("message names the index").contains("index " + e.getErrorIndex());
        return e;
    }

    @Test
    void emptyTextFailsAtZero() {
        assertThat(parseFailure("").getErrorIndex()).isZero();
    }

    @Test
    void blankTextFails() {
        // leading and trailing whitespace is ignored, so nothing is left
        parseFailure("   ");
    }

    @Test
    void textWithoutAQuantityFailsAtZero() {
        assertThat(parseFailure("abc").getErrorIndex()).isZero();
    }

    @Test
    void trailingWordsFailWhereTheQuantityEnds() {
        // "350.19亿元" is 8 chars; the error is at the space after it or at the 'a' after that
        assertThat(parseFailure("350.19亿元 and more").getErrorIndex()).isIn(8, 9);
    }

    @Test
    void malformedNumberFails() {
        // "1.2" is a number and ".3万" is not its continuation; where exactly a scanner gives up is its own
        // business (0 for "not a number", 3 at the second point, 4 after it), so only the range is asserted
        parseFailure("1.2.3万");
    }

    @Test
    void twoQuantitiesAreNotOne() {
        parseFailure("1万元2万元");
    }

    @Test
    void longTextIsShortenedInTheMessage() {
        String text = "这段文字里没有任何数量，只是一段很长很长很长很长很长很长很长很长很长很长的文字而已";
        assertThat(text.length()).isGreaterThan(40);
        QuantityParseException e =
                catchThrowableOfType(QuantityParseException.class, () -> Quantities.parse(text));
        assertThat(e).isNotNull();
        assertThat(e.getParsedText()).isEqualTo(text.substring(0, 40) + "…");
        assertThat(e.getMessage()).contains(text.substring(0, 40));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(Quantities.parse("  350.19亿元\n").value()).isEqualByComparingTo("35019000000");
    }

    @Test
    void nullIsANullPointerExceptionWithAMessage() {
        assertThatThrownBy(() -> Quantities.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> Quantities.scan(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> Quantity.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
    }
}
