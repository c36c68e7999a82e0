package io.github.zhibiao.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of {@link Quantities#scan} and {@link Quantities#parse} over generated input. */
class QuantitiesPropertyTest {

    /** Tokens that look like the pieces of report quantities, so generated strings hit the scanner's paths. */
    static final List<String> TOKENS = List.of(
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "12", "350", "2024",
            "０", "１", "２", "５", "９",
            "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿",
            "元", "万", "亿", "%", "％", "个", "百分点", "个百分点", "家", "人", "年", "月",
            "约", "左右", "多", "余", "以上",
            "增长", "下降", "同比", "比上年",
            "。", "，", "、", "—", "-", "~", "至", "到", ".", ",",
            " ", "\t", "\n", "\u3000", "[bookmark: x]", "[", "]", "第", "美元", "吨", "亩");

    // ---- scan never throws, spans are sane ----

    @Property(tries = 2000)
    void scanOfArbitraryUnicodeIsWellFormed(@ForAll("unicode") String s) {
        checkSpans(s);
    }

    @Property(tries = 5000)
    void scanOfQuantityLikeTokensIsWellFormed(@ForAll("tokenStrings") String s) {
        checkSpans(s);
    }

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                // BMP letters and CJK incl. supplementary planes (surrogate pairs), mixed with digits
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(60),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').withCharRange('0', '9')
                        .withChars("%％.，。万亿元\ud83d\ude00\ud840\udc00").ofMaxLength(60));
    }

    @Provide
    Arbitrary<String> tokenStrings() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    static void checkSpans(String s) {
        List<QuantityMention> ms = Quantities.scan(s);
        checkSpansOf(s, ms);
        // the same text given as another CharSequence scans the same
        assertThat(Quantities.scan(new StringBuilder(s))).isEqualTo(ms);
    }

    /** Every span lies in the text, has the text's chars, and the mentions are in order without overlap. */
    static void checkSpansOf(String s, List<QuantityMention> ms) {
        assertThat(ms).isNotNull();
        String shown = s.length() <= 200 ? s : s.substring(0, 200) + "…(" + s.length() + " chars)";
        int prevEnd = 0;
        for (QuantityMention m : ms) {
            assertThat(m.start()).as("start of %s in '%s'", m, shown).isGreaterThanOrEqualTo(0);
            assertThat(m.start()).as("start < end for %s in '%s'", m, shown).isLessThan(m.end());
            assertThat(m.end()).as("end of %s in '%s'", m, shown).isLessThanOrEqualTo(s.length());
            assertThat(m.text()).as("text of %s in '%s'", m, shown).isEqualTo(s.substring(m.start(), m.end()));
            assertThat(m.start())
                    .as("%s is in order and does not overlap the previous mention in '%s' (%s)", m, shown,
                            ms.size() > 20 ? ms.subList(0, 20) : ms)
                    .isGreaterThanOrEqualTo(prevEnd);
            assertThat(m.quantity()).isNotNull();
            prevEnd = m.end();
        }
    }

    // ---- round trip: decimal amount × magnitude × unit ----

    static final Map<String, BigDecimal> MAGNITUDES =
            Map.of("", BigDecimal.ONE, "万", new BigDecimal(10_000), "亿", new BigDecimal(100_000_000));
    static final Map<String, Unit> UNITS =
            Map.of("元", Unit.CNY, "%", Unit.PERCENT, "吨", Unit.TONNE, "人", Unit.PERSON, "家", Unit.COUNT);

    @Property(tries = 3000)
    void decimalAmountsParseBack(@ForAll("amounts") BigDecimal amount, @ForAll("magnitudes") String magnitude,
            @ForAll("units") String unit) {
        // "12.5万%" is not something a report writes
        Assume.that(!(unit.equals("%") && !magnitude.isEmpty()));
        String text = amount.toPlainString() + magnitude + unit;
        Quantity q = Quantities.parse(text);
        assertThat(q.isRange()).as(text).isFalse();
        assertThat(q.value()).as(text).isEqualByComparingTo(amount.multiply(MAGNITUDES.get(magnitude)));
        assertThat(q.unit()).as(text).isEqualTo(UNITS.get(unit));
        assertThat(q.qualifier()).as(text).isEqualTo(Qualifier.EXACT);
        assertThat(q.change()).as(text).isEmpty();
        // scanning the same text finds exactly it
        List<QuantityMention> ms = Quantities.scan(text);
        assertThat(ms).as(text).hasSize(1);
        assertThat(ms.get(0).text()).as(text).isEqualTo(text);
        assertThat(ms.get(0).quantity().value()).as(text).isEqualByComparingTo(q.value());
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        Arbitrary<BigDecimal> any = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN.pow(12))
                .ofScale(4);
        // as written in reports: 0 to 4 decimals, trailing zeros trimmed ("12.5", not "12.5000")
        return Arbitraries.oneOf(any, any.map(v -> v.setScale(0, java.math.RoundingMode.DOWN)),
                        any.map(v -> v.setScale(1, java.math.RoundingMode.DOWN)))
                .map(v -> v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros());
    }

    @Provide
    Arbitrary<String> magnitudes() {
        return Arbitraries.of("", "万", "亿");
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("元", "%", "吨", "人", "家");
    }

    @Example
    void examplesOfTheRoundTrip() {
        assertThat(Quantities.parse("12.5万吨")).isEqualTo(Quantity.of(new BigDecimal("125000"), Unit.TONNE)
                .withMagnitude(new BigDecimal(10_000)));
        assertThat(Quantities.parse("350.19亿元").value()).isEqualByComparingTo("35019000000");
        assertThat(Quantities.parse("1.2万元").value()).isEqualByComparingTo("12000");
        assertThat(Quantities.parse("173家").classifier()).contains("家");
    }

    // ---- round trip: Chinese numerals ----

    @Property(tries = 3000)
    void chineseNumeralsParseBack(@ForAll @IntRange(min = 0, max = 99_999_999) int n, @ForAll boolean liang) {
        String text = toChinese(n, liang);
        Quantity q = Quantities.parse(text);
        assertThat(q.isRange()).as(text).isFalse();
        assertThat(q.value()).as("%s = %d", text, n).isEqualByComparingTo(BigDecimal.valueOf(n));
    }

    @Property(tries = 500)
    void smallChineseNumeralsParseBack(@ForAll @IntRange(min = 0, max = 10_100) int n, @ForAll boolean liang) {
        String text = toChinese(n, liang);
        assertThat(Quantities.parse(text).value()).as("%s = %d", text, n).isEqualByComparingTo(BigDecimal.valueOf(n));
    }

    @Example
    void converterWritesStandardNumerals() {
        assertThat(toChinese(0, false)).isEqualTo("零");
        assertThat(toChinese(2, true)).isEqualTo("二");
        assertThat(toChinese(10, false)).isEqualTo("十");
        assertThat(toChinese(15, false)).isEqualTo("十五");
        assertThat(toChinese(20, true)).isEqualTo("二十");
        assertThat(toChinese(105, false)).isEqualTo("一百零五");
        assertThat(toChinese(110, false)).isEqualTo("一百一十");
        assertThat(toChinese(1001, false)).isEqualTo("一千零一");
        assertThat(toChinese(1010, false)).isEqualTo("一千零一十");
        assertThat(toChinese(2200, true)).isEqualTo("两千两百");
        assertThat(toChinese(10010, false)).isEqualTo("一万零一十");
        assertThat(toChinese(100000, false)).isEqualTo("十万");
        assertThat(toChinese(105000, false)).isEqualTo("十万五千");
        assertThat(toChinese(1000100, false)).isEqualTo("一百万零一百");
        assertThat(toChinese(20000000, false)).isEqualTo("二千万");
        assertThat(toChinese(20000000, true)).isEqualTo("两千万");
        assertThat(toChinese(99999999, false)).isEqualTo("九千九百九十九万九千九百九十九");
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /**
     * Standard simplified Chinese numerals for 0 … 99999999: 10 → 十, 105 → 一百零五, 10010 → 一万零一十,
     * 20000000 → 二千万 (or 两千万 when {@code liang}: 两 for a 2 in the 千 or 百 place).
     */
    static String toChinese(int n, boolean liang) {
        if (n < 0 || n > 99_999_999) {
            throw new IllegalArgumentException(Integer.toString(n));
        }
        if (n == 0) {
            return "零";
        }
        int high = n / 10_000;
        int low = n % 10_000;
        StringBuilder sb = new StringBuilder();
        if (high > 0) {
            sb.append(section(high, true, liang)).append('万');
            if (low > 0) {
                if (low < 1000) {
                    sb.append('零');
                }
                sb.append(section(low, false, liang));
            }
        } else {
            sb.append(section(low, true, liang));
        }
        return sb.toString();
    }

    /** 1 … 9999; {@code leading} drops the 一 of 一十 (十五, but 一百一十五 and 一万零一十). */
    private static String section(int n, boolean leading, boolean liang) {
        int[] d = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        String[] place = {"千", "百", "十", ""};
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            if (d[i] == 0) {
                if (sb.length() > 0) {
                    zero = true;
                }
                continue;
            }
            if (zero) {
                sb.append('零');
                zero = false;
            }
            boolean first = sb.length() == 0;
            if (i == 2 && d[i] == 1 && first && leading) {
                sb.append('十');
                continue;
            }
            if (d[i] == 2 && liang && i < 2) {
                sb.append('两');
            } else {
                sb.append(DIGITS.charAt(d[i]));
            }
            sb.append(place[i]);
        }
        return sb.toString();
    }
}
