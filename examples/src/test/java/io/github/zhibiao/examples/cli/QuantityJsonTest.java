package io.github.zhibiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.numbers.Basis;
import io.github.zhibiao.numbers.Change;
import io.github.zhibiao.numbers.Direction;
import io.github.zhibiao.numbers.Qualifier;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.QuantityMention;
import io.github.zhibiao.numbers.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityJsonTest {
    private static String json(String file, QuantityMention m) {
        JsonWriter w = new JsonWriter();
        QuantityLayout.INSTANCE.writeJson(w, file, m);
        return w.toString();
    }

    @Test
    void printsExactAmountAsPlainDecimal() {
        Quantity q = Quantity.of(new BigDecimal("3.5019E+10"), Unit.CNY).withMagnitude(new BigDecimal("1E8"));
        QuantityMention m = QuantityMention.of("350.19亿元", 40, 48, q);

        assertThat(json("seeds/x.txt", m)).isEqualTo("{\"file\":\"seeds/x.txt\",\"text\":\"350.19亿元\","
                + "\"start\":40,\"end\":48,\"value\":\"35019000000\",\"low\":null,\"high\":null,\"unit\":\"CNY\","
                + "\"classifier\":null,\"qualifier\":null,\"change\":null}");
    }

    @Test
    void printsRangeWithLowAndHighAndNoValue() {
        Quantity q = Quantity.range(new BigDecimal(30000), new BigDecimal(50000), Unit.MU)
                .withQualifier(Qualifier.ABOUT);
        QuantityMention m = QuantityMention.of("3—5万亩左右", 0, 7, q);

        assertThat(json("-", m)).contains("\"value\":null,\"low\":\"30000\",\"high\":\"50000\",\"unit\":\"MU\"",
                "\"qualifier\":\"about\"");
    }

    @Test
    void printsChangeWithBasis() {
        Quantity q = Quantity.of(new BigDecimal("5.8"), Unit.PERCENT)
                .withChange(Change.of(Direction.INCREASE, Basis.YEAR_ON_YEAR));
        QuantityMention m = QuantityMention.of("同比增长5.8%", 0, 8, q);

        assertThat(json("-", m)).endsWith("\"unit\":\"PERCENT\",\"classifier\":null,\"qualifier\":null,"
                + "\"change\":{\"direction\":\"increase\",\"basis\":\"yoy\"}}");
    }

    @Test
    void printsLevelReachedWithItsEarlierLevel() {
        Quantity from = Quantity.of(new BigDecimal("27000000000"), Unit.CNY);
        Quantity q = Quantity.of(new BigDecimal("35600000000"), Unit.CNY)
                .withChange(Change.toLevel(Direction.INCREASE, null, from));
        QuantityMention m = QuantityMention.of("上升至356亿元", 0, 8, q);

        assertThat(json("-", m)).endsWith("\"change\":{\"direction\":\"increase\",\"basis\":null,\"to\":true,"
                + "\"from\":{\"value\":\"27000000000\",\"low\":null,\"high\":null,\"unit\":\"CNY\","
                + "\"classifier\":null,\"qualifier\":null,\"change\":null}}}");
    }

    @Test
    void printsClassifierAndQualifier() {
        Quantity q = Quantity.of(new BigDecimal(130), Unit.COUNT).withClassifier("个")
                .withQualifier(Qualifier.MORE_THAN);
        QuantityMention m = QuantityMention.of("130多个", 0, 5, q);

        assertThat(json("-", m)).contains("\"value\":\"130\"", "\"unit\":\"COUNT\",\"classifier\":\"个\","
                + "\"qualifier\":\"more_than\"");
    }
}
