package io.github.zhibiao.numbers;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The scan never throws and its spans are sane in both modes, also around the words and units added for MSRT. */
class GeneralTextPropertyTest {

    private static final List<String> TOKENS;

    static {
        List<String> t = new ArrayList<>(QuantitiesPropertyTest.TOKENS);
        t.addAll(List.of("两", "二两", "斤", "美分", "又", "日元", "銭", "打对折", "对折", "半成", "半折", "半", "品", "折",
            "是", "不", "的", "和", "这", "前", "“", "”", "分之", "○", "〇", "k", "－", "比特", "兆字节", "赫兹", "千卡",
            "微克", "瑞士法郎", "个比特币"));
        TOKENS = List.copyOf(t);
    }

    @Property(tries = 3000)
    void generalScanOfQuantityLikeTokensIsWellFormed(@ForAll("tokenStrings") String s) {
        QuantitiesPropertyTest.checkSpansOf(s, Quantities.scan(s, ScanOptions.general()));
        QuantitiesPropertyTest.checkSpansOf(s, Quantities.scan(s));
    }

    @Property(tries = 1000)
    void generalScanOfArbitraryTextIsWellFormed(@ForAll("cjk") String s) {
        QuantitiesPropertyTest.checkSpansOf(s, Quantities.scan(s, ScanOptions.general()));
    }

    @Provide
    Arbitrary<String> tokenStrings() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> cjk() {
        return Arbitraries.strings().withCharRange('\u4e00', '\u9fff').withCharRange('0', '9')
                .withChars("一二三四五六七八九十两是不的“”、，。 ").ofMaxLength(60);
    }
}
