package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.numbers.Quantities;
import io.github.zhibiao.numbers.QuantityMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Seeded, bounded fuzzing of {@link ReportParser#parse(CharSequence)} over generated reports: it never throws,
 * every statement and warning lies in the text, and {@code text == input.substring(start, end)}. The default run
 * takes a few seconds in {@code mvn verify}; {@code -Dzhibiao.fuzz.scale=100} runs a hundred times as many reports
 * and {@code -Dzhibiao.fuzz.seed=N} another sequence. A failure names the seed and the input.
 */
class ReportParserFuzzTest {
    static final long SEED = Long.getLong("zhibiao.fuzz.seed", 20_261_201L);
    static final int SCALE = Integer.getInteger("zhibiao.fuzz.scale", 1);
    private static final ReportParser PARSER = ReportParser.create();

    /** Sentences in the phrasing of county work reports and communiqués, written for this test. */
    static final List<String> SENTENCES = List.of(
            "2025年，全县地区生产总值增长5.8%；规上工业增加值增长4.1%；一般公共预算收入完成12.3亿元。",
            "城乡居民人均可支配收入分别增长3.9%、5.6%，城镇化率62%。",
            "居民收入分别增长5%、6%，城镇化率62%。",
            "规上工业增加值增长4.1%；比例为7/0。",
            "降幅为零至零点五个百分点，〇至〇点五，零-零点五。",
            "接待游客1150万人次，实现旅游综合收入98.5亿元，分别增长18.6%、21.3%。",
            "固定资产投资由270亿元上升至356亿元，年均增长5.7%，增幅全市第一。",
            "主要预期目标是：地区生产总值增长5.5%左右，居民消费价格涨幅3%左右，城镇新增就业1.2万人以上。",
            "力争全年规模以上工业增加值增长7%以上，确保粮食总产量稳定在20.5万吨。",
            "上半年，全市社会消费品零售总额完成530.2亿元，同比增长6.1%，其中，6月份当月增长5.2%。",
            "“十四五”时期，进出口总额年均增长9.3%，实际使用外资2亿美元。",
            "一、2025年工作回顾",
            "二、2026年工作安排",
            "平阴县人民政府 2026年1月27日");

    static final List<String> TOKENS = List.of(
            "分别", "、", "，", "。", "；", "：", "\n", "\n\n", " ", "增长", "下降", "提高", "个百分点", "%", "亿元", "万元",
            "万人", "0", "5", "3/0", "7/0", "零至", "〇", "至", "—", "由", "上升至", "年均", "同比", "其中", "全县", "全市",
            "2024年", "2026年", "上半年", "预计", "力争", "确保", "第一", "地区生产总值", "规上工业增加值", "城镇化率",
            "居民收入", "城乡居民", "进出口", "[bookmark: x]", "<p>", "&nbsp;", "\ufeff", "\ud83d\ude00", "\udc00");

    @Test
    void parseNeverThrowsAndKeepsSpansInsideTheText() {
        SplittableRandom random = new SplittableRandom(SEED);
        int reports = 2_500 * SCALE;
        for (int k = 0; k < reports; k++) {
            String text = report(random);
            Report r = parseChecked(PARSER, text, k);
            // Fuzzed texts have no date line, so their year is flagged; no sentence may fail.
            assertThat(r.warnings()).filteredOn(w -> w.message().startsWith("sentence not read"))
                    .as("warnings on report #%d of seed %d: %s", k, SEED, text).isEmpty();
        }
    }

    /** A scanner that misplaces its mentions tests the guards: whatever it says, the parse must not throw. */
    @Test
    void parseSurvivesAScannerThatMisplacesItsMentions() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int k = 0; k < 500 * SCALE; k++) {
            long salt = random.nextLong();
            Function<CharSequence, List<QuantityMention>> hostile = text -> misplaced(text, salt);
            parseChecked(PARSER.withScanner(hostile), report(random), k);
        }
    }

    static List<QuantityMention> misplaced(CharSequence text, long salt) {
        SplittableRandom r = new SplittableRandom(salt ^ text.length());
        List<QuantityMention> out = new ArrayList<>();
        for (QuantityMention m : Quantities.scan(text)) {
            int start = Math.max(0, Math.min(text.length() - 1, m.start() + r.nextInt(-3, 4)));
            int end = Math.max(start + 1, Math.min(text.length(), m.end() + r.nextInt(-3, 4)));
            out.add(QuantityMention.of(text.subSequence(start, end).toString(), start, end, m.quantity()));
        }
        if (!out.isEmpty() && r.nextBoolean()) {
            // a duplicate and an overlap, out of order
            out.add(0, out.get(out.size() - 1));
        }
        return out;
    }

    static Report parseChecked(ReportParser parser, String text, int k) {
        String where = "report #" + k + " of seed " + SEED + ": \"" + text + "\"";
        Report r;
        try {
            r = parser.parse(text, ReportContext.empty().withDate(LocalDate.of(2026, 1, 27)));
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("parse threw on " + where, e);
        }
        for (Statement s : r.statements()) {
            assertThat(s.start()).as("start of %s in %s", s, where).isBetween(0, s.end());
            assertThat(s.end()).as("end of %s in %s", s, where).isLessThanOrEqualTo(text.length());
            assertThat(s.text()).as("text of %s in %s", s, where).isEqualTo(text.substring(s.start(), s.end()));
        }
        for (ReportWarning w : r.warnings()) {
            assertThat(w.end()).as("end of %s in %s", w, where).isLessThanOrEqualTo(text.length());
        }
        return r;
    }

    static String report(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int lines = 1 + random.nextInt(8);
        for (int l = 0; l < lines; l++) {
            StringBuilder line = new StringBuilder(SENTENCES.get(random.nextInt(SENTENCES.size())));
            int edits = random.nextInt(5);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(line.length() + 1);
                String token = TOKENS.get(random.nextInt(TOKENS.size()));
                if (random.nextBoolean() || at == line.length()) {
                    line.insert(at, token);
                } else {
                    line.delete(at, Math.min(line.length(), at + 1 + random.nextInt(4)));
                }
            }
            b.append(line).append('\n');
        }
        return b.toString();
    }
}
