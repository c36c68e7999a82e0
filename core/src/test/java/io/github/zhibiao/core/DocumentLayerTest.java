package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.numbers.Quantity;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The document layer: headings, sections and their time frames, the report's year from every signal, and the
 * statements that take their period and kind from the section they stand in. Every report here is composed for the
 * test, in the shape of real work reports.
 */
class DocumentLayerTest {
    private static final ReportParser PARSER = ReportParser.create();

    /** A plan-transition report: the last year and the last plan reviewed, the new plan and this year planned. */
    private static final String TRANSITION = String.join("\n",
            "政 府 工 作 报 告",
            "——2026年1月20日在青禾县第十八届人民代表大会第五次会议上",
            "　　各位代表：",
            "　　一、2025年和“十四五”时期工作回顾",
            "　　过去五年，全县地区生产总值突破300亿元、年均增长6.1%，城镇化率达到58%。",
            "　　2025年，全县地区生产总值增长5.6%，一般公共预算收入完成18.2亿元。",
            "　　（一）产业发展",
            "　　规模以上工业增加值增长7.2%。",
            "　　二、“十五五”时期主要目标",
            "　　地区生产总值年均增长5.5%左右，城镇化率达到63%。",
            "　　三、2026年重点工作",
            "　　地区生产总值增长5.5%左右，一般公共预算收入增长5%。",
            "　　1.扩大有效投资",
            "　　固定资产投资增长6%。");

    private static List<String> summary(Report r) {
        return r.statements().stream().map(DocumentLayerTest::summary).collect(Collectors.toList());
    }

    private static String summary(Statement s) {
        return s.kind() + " " + s.indicatorCode() + " " + s.period().map(Period::toIsoString).orElse("-") + " "
                + s.value().map(Quantity::value).map(v -> v.stripTrailingZeros().toPlainString()).orElse("-") + " "
                + s.change().map(Quantity::value).map(v -> v.stripTrailingZeros().toPlainString()).orElse("-");
    }

    private static List<String> sections(Report r) {
        return r.sections().stream().map(s -> s.level() + " " + s.heading() + " " + s.frame())
                .collect(Collectors.toList());
    }

    @Test
    void readsTheOutlineOfAPlanTransitionReport() {
        Report r = PARSER.parse(TRANSITION);
        assertThat(sections(r)).containsExactly(
                "1 一、2025年和“十四五”时期工作回顾 REVIEW 2025",
                "2 （一）产业发展 REVIEW 2025",
                "1 二、“十五五”时期主要目标 PLAN 2026/2030",
                "1 三、2026年重点工作 PLAN 2026",
                "3 1.扩大有效投资 PLAN 2026");
        Section first = r.sections().get(0);
        assertThat(TRANSITION.substring(first.start(), first.headingEnd())).isEqualTo(first.heading());
        assertThat(first.end()).isEqualTo(r.sections().get(2).start());
        assertThat(r.sections().get(4).end()).isEqualTo(TRANSITION.length());
        assertThat(r.year()).hasValue(2026);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void datesEachStatementByItsSectionUnlessItsSentenceSaysOtherwise() {
        assertThat(summary(PARSER.parse(TRANSITION))).containsExactly(
                "FACT GDP 2025 30000000000 -",
                "FACT GDP 2021/2025 - 6.1",
                "FACT URBANIZATION_RATE 2021/2025 58 -",
                "FACT GDP 2025 - 5.6",
                "FACT GENERAL_BUDGET_REVENUE 2025 1820000000 -",
                "FACT INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 2025 - 7.2",
                "TARGET GDP 2026/2030 - 5.5",
                "TARGET URBANIZATION_RATE 2026/2030 63 -",
                "TARGET GDP 2026 - 5.5",
                "TARGET GENERAL_BUDGET_REVENUE 2026 - 5",
                "TARGET FIXED_ASSET_INVESTMENT 2026 - 6");
    }

    @Test
    void takesTheYearFromTheReviewHeadingWhenThereIsNoDateLine() {
        String text = "各位代表：\n一、2024年工作回顾\n全市地区生产总值增长5.2%。\n二、2025年工作安排\n"
                + "全市地区生产总值增长5%左右。";
        Report r = PARSER.parse(text);
        assertThat(r.context().date()).isEmpty();
        assertThat(r.year()).hasValue(2025);
        assertThat(r.warnings()).isEmpty();
        assertThat(summary(r)).containsExactly("FACT GDP 2024 - 5.2", "TARGET GDP 2025 - 5");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        title with 年                | 2017年政府工作报告\\n去年全区地区生产总值增长7.5%。今年地区生产总值增长7%左右。 | 2017 | FACT GDP 2016 - 7.5;TARGET GDP 2017 - 7
        title without 年             | 2019政府工作报告\\n去年全区地区生产总值增长6.8%。                           | 2019 | FACT GDP 2018 - 6.8
        communique title             | 2023年国民经济和社会发展统计公报\\n全年全市地区生产总值增长5.5%。          | 2024 | FACT GDP 2023 - 5.5
        plain review heading         | 2024年工作回顾\\n全县地区生产总值增长5.9%。                                | 2025 | FACT GDP 2024 - 5.9
        heading broken over two lines | 一、2024年工作\\n回顾\\n全县地区生产总值增长5.9%。                         | 2025 | FACT GDP 2024 - 5.9
        part heading                 | 第一部分　2020年工作回顾\\n全县地区生产总值增长3.1%。                      | 2021 | FACT GDP 2020 - 3.1
        older plan heading           | 二、关于1998年政府工作的建议\\n今年经济增长预期目标为８％。               | 1998 | TARGET GDP 1998 - 8
        """)
    void takesTheYearFromTheTitleOrAHeading(String name, String text, int year, String expected) {
        Report r = PARSER.parse(text.replace("\\n", "\n"));
        assertThat(r.year()).as(name).hasValue(year);
        assertThat(summary(r)).as(name).containsExactly(expected.split(";"));
    }

    @Test
    void flagsAYearTakenFromTheFileName() {
        Report r = PARSER.parse("各位代表：\n去年全区地区生产总值增长6.8%。", ReportContext.empty(), "reports/qinghe_2019.txt");
        assertThat(r.year()).hasValue(2019);
        assertThat(summary(r)).containsExactly("FACT GDP 2018 - 6.8");
        assertThat(r.warnings()).extracting(ReportWarning::message).containsExactly(
                "no date line, title or dated heading; report year 2019 taken from the file name reports/qinghe_2019.txt");
    }

    @Test
    void flagsAYearThatIsOnlyAGuess() {
        Report r = PARSER.parse("全区地区生产总值2022年增长6.8%，到2035年基本实现现代化。");
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("no date line, title, dated heading or file name gives the report's year"));
    }

    @Test
    void flagsADateThatDisagreesWithTheHeadings() {
        String text = "——2016年2月19日在青禾县人民代表大会上\n一、2014年工作回顾\n全县地区生产总值增长8.9%。";
        Report r = PARSER.parse(text);
        assertThat(r.year()).hasValue(2016);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("2016-02-19").contains("heading").contains("2015");
            assertThat(text.substring(w.start(), w.end())).isEqualTo("一、2014年工作回顾");
        });
    }

    @Test
    void aNewerDateThanTheHeadingsStillDecides() {
        Report r = PARSER.parse("", ReportContext.empty().withDate(LocalDate.of(2025, 1, 10)));
        assertThat(r.year()).hasValue(2025);
        assertThat(r.sections()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        zero-width space in a name    | 全县地区生产总\u200B值增长5.8%。                    | FACT GDP 2025 - 5.8 | 地区生产总\u200B值增长5.8%
        zero-width joiner in a number | 全县地区生产总值增长5\u200D.8%。                    | FACT GDP 2025 - 5.8 | 地区生产总值增长5\u200D.8%
        converter-spaced digits       | 全县地区生产总值达到3 2 5 6 亿元。                 | FACT GDP 2025 325600000000 - | 地区生产总值达到3 2 5 6 亿元
        full-width digits             | 全县地区生产总值增长５．８％。                      | FACT GDP 2025 - 5.8 | 地区生产总值增长５．８％
        converter-spaced rate         | 全县经济增长8 ．8 ％。                              | FACT GDP 2025 - 8.8 | 经济增长8 ．8 ％
        converter-spaced two digits   | 全县地区生产总值增长1 1 ％。                        | FACT GDP 2025 - 11 | 地区生产总值增长1 1 ％
        a digit group before its unit | 全县地区生产总值达到3256 亿元。                     | FACT GDP 2025 325600000000 - | 地区生产总值达到3256 亿元
        ideographic indent            | 　　全县地区生产总值增长5.8%。                      | FACT GDP 2025 - 5.8 | 地区生产总值增长5.8%
        bookmark residue              | [bookmark: _Toc1]全县地区生产总值增长5.8%。         | FACT GDP 2025 - 5.8 | 地区生产总值增长5.8%
        """)
    void readsThroughTheNoiseOfRealTextAndKeepsOriginalOffsets(String name, String sentence, String expected,
            String evidence) {
        String text = "——2026年1月20日在青禾县人民代表大会上\n" + sentence;
        Report r = PARSER.parse(text);
        assertThat(summary(r)).as(name).containsExactly(expected);
        Statement s = r.statements().get(0);
        assertThat(s.text()).as(name).isEqualTo(evidence).isEqualTo(text.substring(s.start(), s.end()));
        s.valueMention().or(s::changeMention).ifPresent(m ->
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a city inside the region        | 青禾市经济总量突破5000亿元。                   | FACT GDP 2025 500000000000 - | 青禾市
        a sub-region                    | 南疆四地州地区生产总值增长6.5%。               | FACT OTHER 2025 - 6.5        | -
        a product group                 | “新三样”出口增长20%。                          | FACT OTHER 2025 - 20         | -
        a partner group                 | 对共建“一带一路”国家进出口增长8%。             | FACT OTHER 2025 - 8          | -
        a per-unit statistic            | 万元地区生产总值用水量下降4%。                 | FACT OTHER 2025 - 4          | -
        another statistic after it      | 亿元生产总值生产安全事故死亡率下降10%。        | FACT OTHER 2025 - 10         | -
        a ratio to it                   | 社会物流总费用与GDP的比率下降到13.9%。          | FACT OTHER 2025 13.9 -       | -
        """)
    void givesANarrowerStatementItsOwnSubjectOrOther(String name, String sentence, String expected, String subject) {
        Report r = PARSER.parse(sentence, ReportContext.empty().withDate(LocalDate.of(2026, 1, 20))
                .withRegion("青禾省"));
        assertThat(summary(r)).as(name).containsExactly(expected);
        if (!"-".equals(subject)) {
            assertThat(r.statements().get(0).subject()).as(name).contains(subject);
        }
    }

    @Test
    void aThresholdThatDefinesAGroupIsNoLevel() {
        Report r = PARSER.parse("经济总量超100亿元的县域增至12个。", ReportContext.empty()
                .withDate(LocalDate.of(2026, 1, 20)));
        assertThat(r.statements()).extracting(Statement::indicatorCode).doesNotContain("GDP");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        农民人均纯收入完成14315元，同比增长22.1%。     | FACT RURAL_NET_INCOME 2011 14315 22.1
        农牧民人均纯收入增长12%。                      | FACT RURAL_NET_INCOME 2011 - 12
        财政总收入完成30.5亿元。                       | FACT FISCAL_REVENUE 2011 3050000000 -
        公共财政预算收入完成13.7亿元，同比增长22.9%。  | FACT GENERAL_BUDGET_REVENUE 2011 1370000000 22.9
        地方财政一般预算收入增长15%。                  | FACT GENERAL_BUDGET_REVENUE 2011 - 15
        全部工业增加值增长9%。                         | FACT INDUSTRIAL_VALUE_ADDED 2011 - 9
        规模以上工业增加值增长11%。                    | FACT INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 2011 - 11
        """)
    void keepsDistinctStatisticsDistinct(String sentence, String expected) {
        Report r = PARSER.parse(sentence, ReportContext.empty().withDate(LocalDate.of(2012, 2, 20)));
        assertThat(summary(r)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a county of the gazetteer          | ——2026年1月27日在平阴县第十九届人民代表大会第六次会议上\\n全县地区生产总值增长5.8%。 | 平阴县   | 370124
        a district named by four chars     | ——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上\\n全区地区生产总值增长8.9%。 | 海拉尔区 | 150702
        a shared name told by its parent   | 北京市朝阳区人民政府\\n——2025年1月8日在朝阳区第十七届人民代表大会上\\n北京市朝阳区地区生产总值增长5.4%。 | 朝阳区 | 110105
        the State Council's report         | 各位代表：\\n现在，我代表国务院向大会报告政府工作。\\n一、2024年工作回顾\\n国内生产总值增长5%。 | 全国 | 100000
        """)
    void givesTheRegionItsDivisionCode(String name, String text, String region, String code) {
        Report r = PARSER.parse(text.replace("\\n", "\n"));
        assertThat(r.context().region()).as(name).contains(region);
        assertThat(r.regionCode()).as(name).contains(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        the last year inside a plan review        | 一、“十四五”时期经济社会发展回顾\\n过去五年，全省生产总值年均增长5.5%。\\n刚刚过去的2025年，我们迎难而上，全省生产总值增长5.6%。 | FACT GDP 2021/2025 - 5.5;FACT GDP 2025 - 5.6
        the year's place in the new plan          | 三、2026年主要工作\\n今年是“十五五”起步之年，确保“十五五”良好开局。主要预期目标是：地区生产总值增长5%以上。 | TARGET GDP 2026 - 5
        an average growth under a review heading  | 一、2025年工作总结和“十四五”发展成就\\n这五年，地区生产总值年均增长5.7%，能耗强度累计下降17.3%。 | FACT GDP 2021/2025 - 5.7;FACT ENERGY_INTENSITY 2021/2025 - 17.3
        an average growth after a horizon         | 二、“十五五”时期主要目标\\n到2030年，城镇化率达到70%。规模以上工业增加值年均增长6.5%左右。 | TARGET URBANIZATION_RATE 2030 70 -;TARGET INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE 2026/2030 - 6.5
        a review and a plan under one heading     | 二、“十四五”时期发展成就和“十五五”时期主要目标任务\\n“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右。 | TARGET GDP 2026/2030 - 5
        a plan's sub-heading that names an outcome | 二、2026年目标任务\\n（八）确保民生工作取得新成绩\\n全年新增城镇就业5000人。 | TARGET NEW_URBAN_JOBS 2026 5000 -
        """)
    void readsPlanTransitionPhrasings(String name, String text, String expected) {
        Report r = PARSER.parse("——2026年1月20日在青禾县人民代表大会上\n" + text.replace("\\n", "\n"));
        assertThat(summary(r)).as(name).containsExactly(expected.split(";"));
    }

    @Test
    void aDateLineUnderTheTitleBeatsAScrapersHeader() {
        String text = "标题：政府工作报告\n发文时间：2006-02-15\n正文：\n——在青禾市第十二届人民代表大会第五次会议上的政府工作报告\n"
                + "（2007年1月30日）\n一、过去一年工作回顾\n全市生产总值完成1185.4亿元，增长10.4%。";
        Report r = PARSER.parse(text);
        assertThat(r.context().date()).contains(LocalDate.of(2007, 1, 30));
        assertThat(summary(r)).containsExactly("FACT GDP 2006 118540000000 10.4");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a growth since a base year       | 一、“十一五”时期工作回顾\\n全市生产总值完成2050.3亿元，比2005年增长74%。 | FACT GDP 2010 205030000000 -;FACT GDP 2006/2010 - 74
        a second name by its head, levels by 分别 | 一、2010年工作回顾\\n全区地方财政收入、支出分别突破300亿元和3000亿元。 | FACT GENERAL_BUDGET_REVENUE 2010 30000000000 -;FACT GENERAL_BUDGET_EXPENDITURE 2010 300000000000 -
        a multiple under a plan review   | 一、“十一五”时期经济社会发展取得显著成就\\n2010年全部财政收入完成206.1亿元，增长1.4倍。 | FACT FISCAL_REVENUE 2010 20610000000 -;FACT FISCAL_REVENUE 2006/2010 - 1.4
        one rate for two names by 分别   | 一、2010年工作回顾\\n城镇居民人均可支配收入和农民人均纯收入分别增长10%。 | FACT URBAN_DISPOSABLE_INCOME 2010 - 10;FACT RURAL_NET_INCOME 2010 - 10
        a note in brackets               | 一、2010年工作回顾\\n全市生产总值2650.6亿元（不含定州，下同）、增长9%。 | FACT GDP 2010 265060000000 9
        total fiscal revenue             | 一、2010年工作回顾\\n全部财政收入98.4亿元，地方一般预算收入42.6亿元。 | FACT FISCAL_REVENUE 2010 9840000000 -;FACT GENERAL_BUDGET_REVENUE 2010 4260000000 -
        a kind of area                   | 一、2010年工作回顾\\n贫困地区农村居民人均可支配收入8629元。 | FACT OTHER 2010 8629 -
        rates paired by 和 without 分别  | 一、2010年工作回顾\\n城镇居民人均可支配收入１５７８１元，农民人均纯收入４７６１元，实际增长８．４％和８％。 | FACT URBAN_DISPOSABLE_INCOME 2010 15781 8.4;FACT RURAL_NET_INCOME 2010 4761 8
        a level each and one rate        | 一、2010年工作回顾\\n城镇和农村居民人均可支配收入分别达35512元、25689元，分别同比增长7.8%。 | FACT URBAN_DISPOSABLE_INCOME 2010 35512 7.8;FACT RURAL_DISPOSABLE_INCOME 2010 25689 7.8
        a list with an unknown name      | 一、2010年工作回顾\\n单位国内生产总值能耗和二氧化碳排放分别降低16%和17%。 | FACT ENERGY_INTENSITY 2010 - 16
        a line-wrap space inside a word  | 二、2011年工作安排\\n今年经 济增长预期目标为８％左右。 | TARGET GDP 2011 - 8
        registered-population urbanization | 一、2010年工作回顾\\n户籍人口城镇化率达到45%，常住人口城镇化率达到51%。 | FACT HUKOU_URBANIZATION_RATE 2010 45 -;FACT URBANIZATION_RATE 2010 51 -
        an insurance named after exports | 一、2010年工作回顾\\n出口信用保险承保900亿美元，出口增长20%。 | FACT OTHER 2010 90000000000 -;FACT EXPORTS 2010 - 20
        a unit of comparison             | 一、2010年工作回顾\\n国内生产总值每增长1个百分点，带动就业100万人。 | -
        a cut name after the topic       | 一、2010年工作回顾\\n粮食连续五年增产，总产量５２８５０万吨。 | FACT GRAIN_OUTPUT 2010 528500000 -
        the last year in a plan heading  | 三、2011年的工作\\n过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%。 | FACT GDP 2010 - 10.3
        """)
    void readsOlderCityReports(String name, String text, String expected) {
        Report r = PARSER.parse("——2011年2月14日在青禾市人民代表大会上\n" + text.replace("\\n", "\n"));
        List<String> headline = summary(r).stream().filter(x -> !"-".equals(expected) || !x.contains(" OTHER "))
                .collect(Collectors.toList());
        assertThat(headline).as(name).containsExactly("-".equals(expected) ? new String[0] : expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        the country's economy                 | 二、“十二五”时期的主要目标\\n届时，我国经济总量超过55万亿元。 | TARGET GDP 2011/2015 55000000000000 -
        a cut name after the nation's topic   | 一、过去五年工作回顾\\n全国粮食连续四年增产，2010年产量达到54641万吨。 | FACT GRAIN_OUTPUT 2010 546410000 -
        items sharing a prefix                | 二、“十二五”时期的主要目标\\n单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。 | TARGET OTHER 2011/2015 - 23;TARGET ENERGY_INTENSITY 2011/2015 - 15;TARGET CARBON_INTENSITY 2011/2015 - 18
        a plan's average after 基础上         | 二、“十二五”时期的主要目标\\n今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。 | TARGET GDP 2011/2015 - 7
        """)
    void readsNationalReports(String name, String text, String expected) {
        Report r = PARSER.parse("各位代表：\n现在，我代表国务院向大会报告政府工作。\n一、2010年工作回顾\n"
                + text.replace("\\n", "\n"));
        assertThat(r.context().region()).contains("全国");
        assertThat(summary(r)).as(name).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        控制在 alone is a ceiling      | 城镇登记失业率控制在4.5%。       | AT_MOST
        以内 after it says the same     | 城镇调查失业率控制在5.5%以内。   | AT_MOST
        左右 after it wins              | 居民消费价格涨幅控制在3%左右。   | ABOUT
        """)
    void readsACeilingVerb(String name, String text, String qualifier) {
        Report r = PARSER.parse("——2026年1月27日在青禾省人民代表大会上\n三、2026年主要工作\n" + text);
        assertThat(r.statements()).as(name).singleElement()
                .satisfies(s -> assertThat(s.qualifier().name()).isEqualTo(qualifier));
    }
}
