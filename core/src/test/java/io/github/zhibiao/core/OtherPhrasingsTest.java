package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mechanisms found on reports of other regions than the seeds: thresholds crossed, growth-rate comparisons,
 * implied names, shared values of listed industries, link lists of web pages and month-only datelines.
 */
class OtherPhrasingsTest {
    private static final ReportParser PARSER = ReportParser.create();

    private static List<String> summary(String text, String date) {
        Report r = PARSER.parse(text, ReportContext.empty().withDate(LocalDate.parse(date)).withRegion("某某市"));
        return r.statements().stream()
                .map(s -> s.kind() + " " + s.indicatorCode() + " " + s.period().map(Period::toIsoString).orElse("-")
                        + " " + s.value().map(q -> q.low().stripTrailingZeros().toPlainString()).orElse("-")
                        + " " + s.change().map(q -> q.low().stripTrailingZeros().toPlainString()).orElse("-"))
                .collect(Collectors.toList());
    }

    /** Columns: text | report date | the statements, as "KIND CODE PERIOD VALUE CHANGE" joined by ";". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        “十四五”时期，全省经济总量先后跨越5万亿元、6万亿元两个台阶，年均增长6.1%。 | 2026-01-25 | FACT GDP 2021/2025 - 6.1
        全市生产总值3350亿元，增长4.5%，增速比上年提高1.2个百分点。 | 2025-01-08 | FACT GDP 2024 335000000000 4.5
        1—11月，规模以上工业增加值同比增长4.2%；其中，11月份当月增长6.8%。 | 2023-12-20 | FACT INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 2023-01/2023-11 - 4.2;FACT INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 2023-11 - 6.8
        确保粮食种植面积稳定在53万亩左右，总产量保持在20.5万吨以上。 | 2026-01-27 | TARGET GRAIN_SOWN_AREA 2026 530000 -;TARGET GRAIN_OUTPUT 2026 205000 -
        高端装备零部件、炭材料产业年产值先后突破百亿元。 | 2026-01-27 | FACT INDUSTRY_OUTPUT 2025 10000000000 -;FACT INDUSTRY_OUTPUT 2025 10000000000 -
        2022年全市地区生产总值达到4111.9亿元，“十四五”前两年年均增长5.9%，人均地区生产总值达到8.3万元。 | 2023-09-01 | FACT GDP 2022 411190000000 -;FACT GDP 2021/2022 - 5.9;FACT GDP_PER_CAPITA 2022 83000 -
        今后五年的主要目标是：地区生产总值年均增长8%以上，到2026年突破300亿元；常住人口城镇化率提高到55%。 | 2022-01-06 | TARGET GDP 2022/2026 - 8;TARGET GDP 2026 30000000000 -;TARGET URBANIZATION_RATE 2022/2026 55 -
        确保全年经济增长7%以上。 | 2024-10-28 | TARGET GDP 2024 - 7
        2023年，全市数字经济增长15%，经济增长6%。 | 2024-01-10 | FACT GDP 2023 - 6
        税收收入41.2亿元，占比84.9%。 | 2024-07-26 | FACT TAX_REVENUE 2024 4120000000 -;FACT TAX_SHARE 2024 84.9 -
        规上工业增加值、固定资产投资分别增长5%、6%。 | 2024-01-20 | FACT INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 2023 - 5;FACT FIXED_ASSET_INVESTMENT 2023 - 6
        全年接待游客1150万人次，实现旅游综合收入98.5亿元，分别增长18.6%、21.3%。 | 2024-01-20 | FACT TOURIST_ARRIVALS 2023 11500000 18.6;FACT TOURISM_REVENUE 2023 9850000000 21.3
        分产业看，第一、二、三产业增加值分别增长3.8%、6.9%、5.0%。 | 2024-07-26 | FACT PRIMARY_INDUSTRY_VALUE_ADDED 2024 - 3.8;FACT SECONDARY_INDUSTRY_VALUE_ADDED 2024 - 6.9;FACT TERTIARY_INDUSTRY_VALUE_ADDED 2024 - 5
        全市规上工业增加值增长7.2%。分县市区看，湘潭县增长8.9%，雨湖区增长7.6%，岳塘区下降2.1%。 | 2024-10-28 | FACT INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 2024 - 7.2;FACT INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 2024 - 8.9;FACT INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 2024 - 7.6;FACT INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 2024 - 2.1
        “十三五”以来，全市地区生产总值年均增长8.1%。 | 2019-01-15 | FACT GDP 2016/2018 - 8.1
        博彩服务出口上升11.6%，货物出口上升21.5%。 | 2024-08-30 | FACT OTHER 2024 - 11.6;FACT EXPORTS 2024 - 21.5
        住户存款余额12816.5亿元，比年初增加1762.1亿元。 | 2024-03-20 | FACT OTHER 2024 1281650000000 176210000000
        全市跨境电商进出口额达到156.2亿元，增长34.7%。 | 2024-03-20 | FACT OTHER 2024 15620000000 34.7
        非税收入93.8亿元，增长13.1%。 | 2024-11-12 | FACT OTHER 2024 9380000000 13.1
        前年全市进出口总额为786.4亿元，去年达到812.7亿元。全市城镇化率达到71.8%。 | 2024-01-16 | FACT FOREIGN_TRADE 2022 78640000000 -;FACT FOREIGN_TRADE 2023 81270000000 -;FACT URBANIZATION_RATE 2023 71.8 -
        居民人均可支配收入。计划增长与经济增长同步，预计增长5.3%。 | 2026-01-22 | FACT DISPOSABLE_INCOME 2025 - 5.3
        2024年全县经济社会发展的主要预期目标是：城乡居民人均可支配收入增长与经济增长同步，预计增长6.5%。 | 2024-01-10 | TARGET URBAN_DISPOSABLE_INCOME 2024 - 6.5;TARGET RURAL_DISPOSABLE_INCOME 2024 - 6.5
        力争全年引进省外境内到位资金150亿元。 | 2024-01-10 | TARGET DOMESTIC_INVESTMENT_USED 2024 15000000000 -
        新能源装机容量达到85万千瓦。 | 2024-01-10 | FACT OTHER 2023 850000 -
        全年研究与试验发展(R&D)经费投入41.2亿元，占地区生产总值的比重为2.14%。 | 2026-02-20 | FACT RD_EXPENDITURE 2025 4120000000 -;FACT RD_INTENSITY 2025 2.14 -
        全年研究与试验发展经费支出41.2亿元，增长8.1%，占地区生产总值的比重为2.14%。 | 2026-02-20 | FACT RD_EXPENDITURE 2025 4120000000 8.1;FACT RD_INTENSITY 2025 2.14 -
        规模以上工业企业实现营业收入956.3亿元，增长10.6%，实现利润总额62.4亿元，增长5.2%。 | 2023-01-10 | FACT INDUSTRIAL_REVENUE_ABOVE_SCALE 2022 95630000000 10.6;FACT PROFIT_TOTAL 2022 6240000000 5.2
        地区生产总值、一般公共预算收入分别增长6.1%、8.3%。 | 2024-01-20 | FACT GDP 2023 - 6.1;FACT GENERAL_BUDGET_REVENUE 2023 - 8.3
        国庆假期，全县接待游客126.8万人次，实现旅游收入10.9亿元，分别增长18.2%、21.5%。 | 2025-01-15 | FACT TOURIST_ARRIVALS 2024-10 1268000 18.2;FACT TOURISM_REVENUE 2024-10 1090000000 21.5
        全年研究与试验发展（R&D）经费支出36130亿元，比上年增长8.3%，与国内生产总值之比为2.68%。 | 2025-02-28 | FACT RD_EXPENDITURE 2024 3613000000000 8.3;FACT RD_INTENSITY 2024 2.68 -
        到2030年，全社会研发投入强度达到4.2%。 | 2025-11-28 | TARGET RD_INTENSITY 2030 4.2 -
        会议强调，县第十四次党代会确定了今后五年的奋斗目标：一般公共预算收入突破20亿元，城镇化率达到55%。 | 2023-02-21 | TARGET GENERAL_BUDGET_REVENUE - 2000000000 -;TARGET URBANIZATION_RATE - 55 -
        """)
    void readsPhrasingsOfOtherRegions(String text, String date, String expected) {
        assertThat(summary(text, date)).containsExactlyElementsOf(List.of(expected.split(";")));
    }

    @Test
    void datesAnUndatedFeatureByTheYearItOpensOn() {
        Report r = PARSER.parse("刚刚过去的2022年，对于新沂来说是极不平凡的一年。\n一年来，全市规模以上工业总产值达到1026亿元。"
                + "\n展望2023年，地区生产总值增长7%左右。");
        assertThat(r.statements()).extracting(s -> s.kind() + " " + s.period().map(Period::toIsoString).orElse("-"))
                .containsExactly("FACT 2022", "TARGET 2023");
    }

    @Test
    void readsAValueOnTheLineAfterItsNameAndColon() {
        assertThat(summary("（六）城镇居民人均可支配收入：\n42618元，增长4.8%。", "2024-01-30"))
                .containsExactly("FACT URBAN_DISPOSABLE_INCOME 2023 42618 4.8");
    }

    @Test
    void readsPagesWithHtmlResidue() {
        String page = "【字体：大 中 小】 分享到：\n<p>前三季度，全县地区生产总值增长6.2%。<br>&nbsp;&nbsp;规模以上工业增加值增长9.8%。</p>";
        assertThat(summary(page, "2024-10-30")).containsExactly("FACT GDP 2024-01/2024-09 - 6.2",
                "FACT INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 2024-01/2024-09 - 9.8");
    }

    @Test
    void readsADistrictWhoseNameEndsInACommonWord() {
        Report r = PARSER.parse("其中，雨湖区增长5.4%，东城区增长5.1%。", ReportContext.empty()
                .withDate(LocalDate.of(2024, 10, 28)));
        // 雨湖区 is in the gazetteer; a name it does not list whose end is a common word (青湖区) needs its place.
        assertThat(Regions.nameStartingBefore("，雨湖区".toCharArray(), 3, 0, 4)).isEqualTo(1);
        assertThat(Regions.nameStartingBefore("，青湖区".toCharArray(), 3, 0, 4)).isEqualTo(-1);
        assertThat(Regions.nameStartingBefore("，青湖区".toCharArray(), 3, 0, 4, true)).isEqualTo(1);
        assertThat(r.statements()).isEmpty();
        Report breakdown = PARSER.parse("全市地区生产总值增长5.3%；其中，雨湖区增长5.4%，东城区增长5.1%。",
                ReportContext.empty().withDate(LocalDate.of(2024, 10, 28)));
        assertThat(breakdown.statements()).extracting(s -> s.subject().orElse(""))
                .containsExactly("全市", "雨湖区", "东城区");
    }

    @Test
    void skipsTheLinkListOfANewsPage() {
        String page = "1—11月全市规模以上工业增加值同比增长4.2%。\n相关新闻：\n· 前三季度我市GDP增长5.1% 2023-10-25\n";
        assertThat(summary(page, "2023-12-20")).containsExactly(
                "FACT INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 2023-01/2023-11 - 4.2");
    }

    @Test
    void readsAMonthInBracketsUnderTheTitleAsTheDate() {
        Report r = PARSER.parse("关于规划纲要实施情况的中期评估报告\n（2023年9月）\n2022年全市地区生产总值达到4111.9亿元。");
        assertThat(r.context().date()).contains(LocalDate.of(2023, 9, 1));
    }

    @Test
    void neverTakesAYearAndACollectiveWordForARegion() {
        Report r = PARSER.parse("2025年全市生产总值增长5%左右。2025年全市规上工业增加值增长6%。2025年全市固定资产投资增长3%。");
        assertThat(r.context().region()).isEmpty();
    }

    @Test
    void readsTheDistrictForAllOfTheDistrictInACityReport() {
        Report r = PARSER.parse("济南市济阳区2020年一季度经济运行情况\n济阳区统计局发布。全区地区生产总值增长5%。",
                ReportContext.empty().withDate(LocalDate.of(2020, 5, 14)).withRegion("济南市"));
        assertThat(r.statements()).extracting(s -> s.subject().orElse("")).containsExactly("济阳区");
    }
}
