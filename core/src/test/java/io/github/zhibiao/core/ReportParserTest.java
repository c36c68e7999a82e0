package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibiao.numbers.Basis;
import io.github.zhibiao.numbers.Change;
import io.github.zhibiao.numbers.Qualifier;
import io.github.zhibiao.numbers.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportParserTest {
    private static final ReportParser PARSER = ReportParser.create();

    private static Report parse(String text, String date, String region) {
        return PARSER.parse(text, ReportContext.empty().withDate(LocalDate.parse(date)).withRegion(region));
    }

    private static Statement only(Report r, String code) {
        List<Statement> found = r.statements().stream().filter(s -> s.indicatorCode().equals(code))
                .collect(Collectors.toList());
        assertThat(found).as(code + " in " + r.statements()).hasSize(1);
        return found.get(0);
    }

    private static BigDecimal value(Statement s) {
        return s.value().map(Quantity::low).orElse(null);
    }

    private static BigDecimal change(Statement s) {
        return s.change().map(Quantity::low).orElse(null);
    }

    /** One sentence, one indicator: kind, period, level and change, across the phrasings of many provinces. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "主要预期目标是：全省生产总值增长6%左右。|2024-01-20|GDP|TARGET|2024||6",
        "2023年，全市一般公共预算收入完成85.3亿元，增长4.2%。|2024-01-20|GENERAL_BUDGET_REVENUE|FACT|2023|8530000000|4.2",
        "2023年，城镇新增就业1.2万人。|2024-01-20|NEW_URBAN_JOBS|FACT|2023|12000|",
        "今年，居民消费价格涨幅3%左右。|2024-01-20|CPI|TARGET|2024||3",
        "单位GDP能耗下降3.5%，完成省下达的目标任务。|2024-01-20|ENERGY_INTENSITY|FACT|2023||3.5",
        "前三季度，全市地区生产总值完成2530亿元，同比增长5.1%。|2024-10-25|GDP|FACT|2024-01/2024-09|253000000000|5.1",
        "2023年，社会消费品零售总额达到1200.5亿元，增长8.3%。|2024-02-01|RETAIL_SALES|FACT|2023|120050000000|8.3",
        "力争全年规模以上工业增加值增长7%以上。|2024-02-01|INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE|TARGET|2024||7",
        "常住人口城镇化率达到62%。|2023-12-31|URBANIZATION_RATE|FACT|2023|62|",
        "全年进出口总额增长13.7%。|2025-01-15|FOREIGN_TRADE|FACT|2024||13.7",
        "实际使用外资2亿美元。|2025-01-15|FOREIGN_INVESTMENT_USED|FACT|2024|200000000|",
        "城镇调查失业率控制在5.5%以内。|2025-01-15|URBAN_UNEMPLOYMENT_RATE|FACT|2024|5.5|",
        "粮食总产量达到20.5万吨。|2025-01-15|GRAIN_OUTPUT|FACT|2024|205000|",
    })
    void readsHeadlineIndicatorsInManyPhrasings(String text, String date, String code, StatementKind kind,
            String period, String value, String change) {
        Report r = parse(text, date, "某某县");
        Statement s = only(r, code);
        assertThat(s.kind()).as(text).isEqualTo(kind);
        assertThat(s.period().map(Period::toIsoString).orElse(null)).as(text).isEqualTo(period);
        if (value == null) {
            assertThat(s.value()).as(text).isEmpty();
        } else {
            assertThat(value(s)).as(text).isEqualByComparingTo(value);
        }
        if (change == null) {
            assertThat(s.change()).as(text).isEmpty();
        } else {
            assertThat(change(s)).as(text).isEqualByComparingTo(change);
        }
    }

    @Test
    void linksBothALevelAndAGrowthInOneClause() {
        Statement s = only(parse("2025年，173家规上工业企业完成产值356亿元、增长3.3%。", "2026-01-27", "平阴县"),
                "INDUSTRIAL_OUTPUT_ABOVE_SCALE");
        assertThat(value(s)).isEqualByComparingTo("35600000000");
        assertThat(change(s)).isEqualByComparingTo("3.3");
        assertThat(s.text()).isEqualTo("规上工业企业完成产值356亿元、增长3.3%");
    }

    @Test
    void distributesValuesOverTheParts() {
        Report r = parse("2025年，城乡居民人均可支配收入分别增长3.9%、5.6%。", "2026-01-27", "平阴县");
        assertThat(change(only(r, "URBAN_DISPOSABLE_INCOME"))).isEqualByComparingTo("3.9");
        assertThat(change(only(r, "RURAL_DISPOSABLE_INCOME"))).isEqualByComparingTo("5.6");
        assertThat(only(r, "URBAN_DISPOSABLE_INCOME").name()).isEqualTo("城乡居民人均可支配收入");
    }

    @Test
    void readsAListOfTargetsSharingOneSentence() {
        Report r = parse("2026年工作安排\n主要预期目标是：全县地区生产总值增长5.2%左右；规模以上工业增加值增长7%左右；"
                + "社会消费品零售总额增长4%左右；一般公共预算收入增长3%左右。", "2026-01-27", "平阴县");
        assertThat(r.targets()).extracting(Statement::indicatorCode).containsExactly("GDP",
                "INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE", "RETAIL_SALES", "GENERAL_BUDGET_REVENUE");
        assertThat(r.facts()).isEmpty();
        for (Statement s : r.targets()) {
            assertThat(s.commitment()).contains("主要预期目标");
            assertThat(s.qualifier()).isEqualTo(Qualifier.ABOUT);
            assertThat(s.period()).contains(Period.year(2026));
            assertThat(s.subject()).contains("平阴县");
        }
    }

    @Test
    void readsFromToWithAnAverageGrowthAsTheLastYearsLevelAndTheSpansGrowth() {
        Report r = parse("五年来，规上工业产值由270亿元上升至356亿元，年均增长5.7%。", "2026-01-27", "平阴县");
        List<Statement> found = r.statements();
        assertThat(found).extracting(Statement::indicatorCode).containsExactly("INDUSTRIAL_OUTPUT_ABOVE_SCALE",
                "INDUSTRIAL_OUTPUT_ABOVE_SCALE");
        Statement level = found.get(0);
        assertThat(value(level)).isEqualByComparingTo("35600000000");
        assertThat(level.change()).isEmpty();
        assertThat(level.value().flatMap(Quantity::change).flatMap(Change::from).map(Quantity::value).orElseThrow())
                .isEqualByComparingTo("27000000000");
        assertThat(level.period()).contains(Period.year(2025));
        Statement growth = found.get(1);
        assertThat(growth.value()).isEmpty();
        assertThat(change(growth)).isEqualByComparingTo("5.7");
        assertThat(growth.change().flatMap(Quantity::change).flatMap(Change::basis)).contains(Basis.ANNUAL_AVERAGE);
        assertThat(growth.period()).contains(Period.years(2021, 2025));
        assertThat(growth.isFact()).isTrue();
        assertThat(level.isFact()).isTrue();
    }

    @Test
    void readsSharesAndPercentagePoints() {
        Report r = parse("过去五年，高新技术产值比重达78.4%，上升8.4个百分点。累计民生支出148亿元，占财政总支出的81%。",
                "2026-01-27", "平阴县");
        List<Statement> shares = r.statements().stream()
                .filter(s -> s.indicatorCode().equals("HIGH_TECH_OUTPUT_SHARE")).collect(Collectors.toList());
        assertThat(shares).hasSize(2);
        assertThat(value(shares.get(0))).isEqualByComparingTo("78.4");
        assertThat(shares.get(0).period()).contains(Period.year(2025));
        assertThat(change(shares.get(1))).isEqualByComparingTo("8.4");
        assertThat(shares.get(1).period()).contains(Period.years(2021, 2025));
        assertThat(value(only(r, "LIVELIHOOD_SPENDING"))).isEqualByComparingTo("14800000000");
        assertThat(value(only(r, "LIVELIHOOD_SPENDING_SHARE"))).isEqualByComparingTo("81");
    }

    @Test
    void readsRanks() {
        Report r = parse("2021年,平阴县规模以上工业营业收入350.19亿元,增长24%,增幅全市第一,利润总额30.49亿元,居全市第三。",
                "2022-04-15", "平阴县");
        Statement revenue = only(r, "INDUSTRIAL_REVENUE_ABOVE_SCALE");
        assertThat(revenue.rank().map(Rank::text)).contains("全市第一");
        assertThat(revenue.rank().get().position()).hasValue(1);
        Statement profit = only(r, "PROFIT_TOTAL");
        assertThat(profit.rank().map(Rank::text)).contains("全市第三");
        assertThat(value(profit)).isEqualByComparingTo("3049000000");
    }

    @Test
    void readsTraditionalScriptLikeSimplified() {
        Report r = parse("主要預期目標是：國內生産總值增長5%左右，城鎮新增就業1200萬人以上。", "2024-03-05", "全国");
        Statement gdp = only(r, "GDP");
        assertThat(gdp.isTarget()).isTrue();
        assertThat(change(gdp)).isEqualByComparingTo("5");
        assertThat(gdp.name()).isEqualTo("國內生産總值");
        assertThat(value(only(r, "NEW_URBAN_JOBS"))).isEqualByComparingTo("12000000");
    }

    @Test
    void resolvesCollectiveSubjectsToTheReportRegionAndKeepsNamedOnes() {
        Report r = parse("2023年，全县地区生产总值增长5.8%，济南市地区生产总值增长6.1%。", "2024-01-20", "平阴县");
        assertThat(r.statements()).extracting(s -> s.subject().orElse(null)).containsExactly("平阴县", "济南市");
    }

    @Test
    void tellsPreliminaryFactsFromTargets() {
        Report r = parse("2024年，预计实现地区生产总值391亿元，增长5.5%。今年，力争地区生产总值增长5.5%以上。",
                "2025-01-10", "某某县");
        assertThat(r.facts()).singleElement().satisfies(s -> {
            assertThat(s.isEstimated()).isTrue();
            assertThat(s.period()).contains(Period.year(2024));
        });
        assertThat(r.targets()).singleElement().satisfies(s -> {
            assertThat(s.commitment()).contains("力争");
            assertThat(s.period()).contains(Period.year(2025));
            assertThat(s.isEstimated()).isFalse();
        });
    }

    @Test
    void readsProgressTowardsATargetAsAFact() {
        Report r = parse("1-7月，到位外资完成全年任务的55.14%，列全市第3位。", "2024-09-11", "平阴县");
        Statement s = only(r, "FOREIGN_INVESTMENT_USED");
        assertThat(s.isFact()).isTrue();
        assertThat(value(s)).isEqualByComparingTo("55.14");
        assertThat(s.period().map(Period::toIsoString)).contains("2024-01/2024-07");
    }

    @Test
    void readsPlanPeriodsAndHorizons() {
        Report r = parse("“十五五”时期经济社会发展的主要预期目标是：全县地区生产总值年均增长5%以上；常住人口城镇化率达到62%。"
                + "至“十五五”末，力争高新技术企业达到120家。", "2026-01-27", "平阴县");
        assertThat(r.targets()).extracting(Statement::indicatorCode)
                .containsExactly("GDP", "URBANIZATION_RATE", "HIGH_TECH_ENTERPRISES");
        assertThat(r.targets()).allSatisfy(s -> assertThat(s.period()).contains(Period.years(2026, 2030)));
        assertThat(only(r, "HIGH_TECH_ENTERPRISES").commitment()).contains("力争");
    }

    @Test
    void resolvesRelativeYearsAgainstTheReportDate() {
        Report r = parse("去年，全区地区生产总值增长5%。今年上半年，全区地区生产总值增长6%。", "2020-09-01", "济阳区");
        assertThat(r.statements()).extracting(s -> s.period().orElseThrow().toIsoString())
                .containsExactly("2019", "2020-01/2020-06");
        assertThat(r.statements()).allMatch(Statement::isFact);
    }

    @Test
    void reportsUnknownIndicatorPhrasesAsOther() {
        Report r = parse("2025年，县属国企资产总额达到275亿元、增长6.7%。", "2026-01-27", "平阴县");
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(s.indicator().isOther()).isTrue();
            assertThat(s.name()).isEqualTo("县属国企资产总额");
            assertThat(value(s)).isEqualByComparingTo("27500000000");
            assertThat(change(s)).isEqualByComparingTo("6.7");
        });
    }

    @Test
    void detectsDateRegionAndKindFromHeaders() {
        ReportContext work = PARSER.parse("政 府 工 作 报 告\n——2026年1月27日在平阴县第十九届\n人民代表大会第六次会议上\n")
                .context();
        assertThat(work.date()).contains(LocalDate.of(2026, 1, 27));
        assertThat(work.region()).contains("平阴县");
        assertThat(work.kind()).isEqualTo(ReportKind.WORK_REPORT);

        ReportContext web = PARSER.parse("加快转型\n\n2020-05-14 09:24:00 来源:济南市济阳区政府 作者:信息新闻中心\n")
                .context();
        assertThat(web.date()).contains(LocalDate.of(2020, 5, 14));
        assertThat(web.region()).contains("济阳区");
        assertThat(web.kind()).isEqualTo(ReportKind.NEWS);

        ReportContext news = PARSER.parse("来源:济南日报发布时间:2024-09-11 16:37:45\n今年上半年,平阴县地区生产总值完成131.5亿元。"
                + "平阴县玫瑰产业…").context();
        assertThat(news.date()).contains(LocalDate.of(2024, 9, 11));
        assertThat(news.region()).contains("平阴县");
    }

    @Test
    void overridesWinOverDetection() {
        String text = "——2026年1月27日在平阴县第十九届人民代表大会第六次会议上\n全县地区生产总值增长5.8%。";
        ReportParser fixed = ReportParser.builder().date(LocalDate.of(2025, 1, 20)).region("东阿县").build();
        Report r = fixed.parse(text);
        assertThat(r.context().date()).contains(LocalDate.of(2025, 1, 20));
        assertThat(r.context().region()).contains("东阿县");
        assertThat(r.context().kind()).isEqualTo(ReportKind.WORK_REPORT);
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(s.subject()).contains("东阿县");
            assertThat(s.period()).contains(Period.year(2024));
        });
        Report again = fixed.parse(text, ReportContext.empty().withRegion("平阴县"));
        assertThat(again.context().region()).contains("平阴县");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "[bookmark: OLE_LINK1]２０２５年，全縣地區生產總值增長５.８％。";
        Report r = PARSER.parse(text, ReportContext.empty().withDate(LocalDate.of(2026, 1, 27)));
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.name()).isEqualTo("地區生產總值");
            assertThat(s.period()).contains(Period.year(2025));
        });
    }

    @Test
    void rejectsBadCallerInput() {
        assertThatThrownBy(() -> ReportContext.empty().withRegion("  ")).isInstanceOf(ReportInputException.class);
        assertThatThrownBy(() -> PARSER.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Indicator.of("gdp", "地区生产总值")).isInstanceOf(ReportInputException.class);
    }
}
