package io.github.zhibiao.core.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.core.Period;
import io.github.zhibiao.core.ReportParser;
import io.github.zhibiao.core.StatementKind;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule for each qualifier, written in {@link Attainment}, one target and one outcome at a time: the 2021
 * report of 明湖县 sets the target, the 2022 report states the outcome.
 */
class AttainmentRulesTest {
    private static final ReportParser PARSER = ReportParser.create();

    static Attainment judge(String target, String outcome, String indicator) {
        Panel panel = Panel.builder()
                .add("2021.txt", PARSER.parse("——2021年1月20日在明湖县第十八届人民代表大会第五次会议上\n"
                        + "二、2021年主要预期目标\n全县" + target + "。\n"))
                .add("2022.txt", PARSER.parse("——2022年1月18日在明湖县第十八届人民代表大会第六次会议上\n"
                        + "一、2021年工作回顾\n过去一年，全县" + outcome + "。\n"))
                .build();
        return panel.attainment(CellKey.of("明湖县", indicator, Period.year(2021), StatementKind.TARGET))
                .orElseThrow(() -> new AssertionError("no target cell in " + panel.cells()));
    }

    @ParameterizedTest(name = "{0} / {1}: {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            地区生产总值增长6%以上            | 地区生产总值增长6.0%         | GDP                     | MET            | 0
            地区生产总值增长6%以上            | 地区生产总值增长5.9%         | GDP                     | MISSED         | -0.1
            地区生产总值增长6%                | 地区生产总值增长5.9%         | GDP                     | MISSED         | -0.1
            地区生产总值增长6%左右            | 地区生产总值增长5.5%         | GDP                     | MET            | -0.5
            地区生产总值增长6%左右            | 地区生产总值增长5.4%         | GDP                     | MISSED         | -0.6
            地区生产总值增长6%—6.5%           | 地区生产总值增长6.2%         | GDP                     | MET            | 0.2
            地区生产总值增长6%—6.5%           | 地区生产总值增长6.8%         | GDP                     | MET            | 0.8
            地区生产总值增长6%—6.5%           | 地区生产总值增长5.8%         | GDP                     | MISSED         | -0.2
            地区生产总值增长超过6%            | 地区生产总值增长6%           | GDP                     | MISSED         | 0
            地区生产总值达到300亿元           | 地区生产总值完成301亿元      | GDP                     | MET            | 100000000
            新增城镇就业5000人以上            | 新增城镇就业5000人           | NEW_URBAN_JOBS          | MET            | 0
            城镇调查失业率5.5%左右            | 城镇调查失业率5.2%           | URBAN_UNEMPLOYMENT_RATE | MET            | -0.3
            城镇调查失业率5.5%左右            | 城镇调查失业率6.1%           | URBAN_UNEMPLOYMENT_RATE | MISSED         | 0.6
            城镇调查失业率控制在5.5%以内      | 城镇调查失业率5.6%           | URBAN_UNEMPLOYMENT_RATE | MISSED         | 0.1
            居民消费价格上涨3%左右            | 居民消费价格上涨3.4%         | CPI                     | MET            | 0.4
            居民消费价格上涨3%左右            | 居民消费价格上涨3.5%         | CPI                     | MISSED         | 0.5
            单位地区生产总值能耗下降3%以上    | 单位地区生产总值能耗下降3.2% | ENERGY_INTENSITY        | MET            | -0.2
            单位地区生产总值能耗下降3%        | 单位地区生产总值能耗下降2.8% | ENERGY_INTENSITY        | MISSED         | 0.2
            地区生产总值增长6%                | 地区生产总值完成301亿元      | GDP                     | NOT_COMPARABLE | -
            """)
    void judgesByQualifierAndDirection(String target, String outcome, String indicator, Verdict verdict,
            BigDecimal gap) {
        Attainment a = judge(target, outcome, indicator);
        assertThat(a.verdict()).as(a.toString()).isEqualTo(verdict);
        assertThat(a.gap().orElse(null)).isEqualTo(gap);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            地区生产总值增长6%    | 地区生产总值完成301亿元    | DIFFERENT_MEASURES
            地区生产总值增长6%    | 地区生产总值增加15亿元     | DIFFERENT_UNITS
            """)
    void saysWhyATargetIsNotComparable(String target, String outcome, Attainment.Reason reason) {
        Attainment a = judge(target, outcome, "GDP");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(a.reason()).contains(reason);
        assertThat(a.outcome()).isPresent();
    }
}
