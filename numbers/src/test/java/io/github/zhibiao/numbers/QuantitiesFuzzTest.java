package io.github.zhibiao.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded, bounded fuzzing of {@link Quantities#scan} and {@link Quantities#parse}: neither may throw anything but a
 * {@link QuantityParseException} from {@code parse}, and every span must lie in the text and hold its chars. The
 * default run takes a few seconds in {@code mvn verify}; {@code -Dzhibiao.fuzz.scale=100} runs a hundred times as
 * many inputs, {@code -Dzhibiao.fuzz.seed=N} another sequence. A failure prints the seed and the input.
 */
class QuantitiesFuzzTest {
    static final long SEED = Long.getLong("zhibiao.fuzz.seed", 20_261_201L);
    static final int SCALE = Integer.getInteger("zhibiao.fuzz.scale", 1);

    /** Pieces of report quantities and the places the scanner once failed (zero denominators, zero ranges). */
    static final List<String> TOKENS = List.of(
            "0", "1", "2", "3", "5", "7", "9", "12", "350", "2024", "0.5", "1,234", ".", ",", "/", "／", ":",
            "０", "１", "５", "零", "〇", "一", "二", "两", "三", "五", "九", "十", "百", "千", "万", "亿", "兆", "点",
            "壹", "贰", "佰", "仟", "萬", "億", "几", "数", "余", "多", "负", "-", "—", "~", "～", "至", "到", "又",
            "分之", "百分之", "千分之", "成", "折", "倍", "番", "翻", "元", "万元", "亿元", "美元", "%", "％", "‰",
            "个", "个百分点", "百分点", "家", "人", "人次", "户", "吨", "亩", "平方米", "公里", "年", "月", "日", "号",
            "季度", "约", "近", "超", "逾", "左右", "以上", "以内", "不低于", "增长", "下降", "降幅为", "提高", "上升至",
            "由", "同比", "比上年", "年均", "分别", "、", "，", "。", "；", "：", "（", "）", "“", "”", "第", "k", "w",
            "G", "A", "PM", " ", "\t", "\n", "\u3000", "[bookmark: x]", "\ud83d\ude00", "\ud840", "\udc00", "\ufeff");

    /** Real-looking sentences to mutate, written for this test. */
    static final List<String> SENTENCES = List.of(
            "全县地区生产总值增长5.8%；规上工业增加值增长4.1%。",
            "城乡居民人均可支配收入分别增长3.9%、5.6%，城镇化率62%。",
            "降幅为零至零点五个百分点，比例为7/0。",
            "完成固定资产投资350.19亿元，由270亿元上升至356亿元，年均增长5.7%。",
            "粮食总产量达到三十二点五万吨，比上年增加1.2万吨，占全市的三分之一。",
            "新增就业2.6万人，城镇登记失业率控制在4.5%以内，居民消费价格涨幅3%左右。");

    @Test
    void scanAndParseNeverThrowOnGeneratedText() {
        SplittableRandom random = new SplittableRandom(SEED);
        int inputs = 30_000 * SCALE;
        for (int k = 0; k < inputs; k++) {
            String s = generate(random);
            check(s, k);
        }
    }

    static String generate(SplittableRandom random) {
        switch (random.nextInt(4)) {
            case 0:
                return tokens(random, 1 + random.nextInt(30));
            case 1:
                return mutate(random, SENTENCES.get(random.nextInt(SENTENCES.size())));
            case 2: {
                StringBuilder b = new StringBuilder();
                int n = random.nextInt(40);
                for (int i = 0; i < n; i++) {
                    b.append((char) random.nextInt(0x10000));
                }
                return b.toString();
            }
            default:
                // a quantity on its own, as parse sees it
                return tokens(random, 1 + random.nextInt(5));
        }
    }

    static String tokens(SplittableRandom random, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(TOKENS.get(random.nextInt(TOKENS.size())));
        }
        return b.toString();
    }

    /** Inserts, deletes and replaces a few pieces of a sentence. */
    static String mutate(SplittableRandom random, String sentence) {
        StringBuilder b = new StringBuilder(sentence);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length() + 1);
            switch (random.nextInt(3)) {
                case 0:
                    b.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                    break;
                case 1:
                    if (at < b.length()) {
                        b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(3)));
                    }
                    break;
                default:
                    if (at < b.length()) {
                        b.replace(at, at + 1, TOKENS.get(random.nextInt(TOKENS.size())));
                    }
                    break;
            }
        }
        return b.toString();
    }

    static void check(String s, int k) {
        String where = "input #" + k + " of seed " + SEED + ": \"" + escape(s) + "\"";
        List<QuantityMention> ms;
        try {
            ms = Quantities.scan(s);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("scan threw on " + where, e);
        }
        List<String> bad = new ArrayList<>();
        int prevEnd = 0;
        for (QuantityMention m : ms) {
            if (m.start() < prevEnd || m.end() <= m.start() || m.end() > s.length()
                    || !m.text().equals(s.substring(m.start(), m.end()))) {
                bad.add(m.toString());
            }
            prevEnd = Math.max(prevEnd, m.end());
        }
        assertThat(bad).as("mentions outside the text or out of order in %s", where).isEmpty();
        try {
            Quantity q = Quantities.parse(s);
            assertThat(q).as(where).isNotNull();
        } catch (QuantityParseException e) {
            assertThat(e.getErrorIndex()).as("error index in %s", where).isBetween(0, s.length());
        } catch (RuntimeException | StackOverflowError e) {
            fail("parse threw " + e + " instead of a QuantityParseException on " + where, e);
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < ' ' || Character.isSurrogate(c) || c == '"' || c == '\\') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
