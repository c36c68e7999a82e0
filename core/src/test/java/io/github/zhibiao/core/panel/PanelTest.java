package io.github.zhibiao.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibiao.core.Period;
import io.github.zhibiao.core.Report;
import io.github.zhibiao.core.ReportParser;
import io.github.zhibiao.core.StatementKind;
import io.github.zhibiao.numbers.Qualifier;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A panel of the fictional 明湖县's reports: work reports of 2021, 2022, 2024 and 2025 (2023 is missing), the 2020
 * statistical communiqué that revises the work report's estimate, and a mid-year news item that restates the 2021
 * GDP target. The fixtures are in {@code src/test/resources/io/github/zhibiao/core/panel/minghu/}.
 */
class PanelTest {
    private static final String REGION = "明湖县";
    private static final List<String> FILES = List.of("2021-work-report.txt", "2020-communique.txt",
            "2021-news.txt", "2022-work-report.txt", "2024-work-report.txt", "2025-work-report.txt");
    private static final Panel PANEL = minghu();

    static Panel minghu() {
        ReportParser parser = ReportParser.create();
        Map<String, Report> reports = new LinkedHashMap<>();
        for (String f : FILES) {
            reports.put(f, parser.parse(fixture(f)));
        }
        return Panel.of(reports);
    }

    static String fixture(String name) {
        try (InputStream in = PanelTest.class.getResourceAsStream("minghu/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CellKey key(String indicator, String period, StatementKind kind) {
        return CellKey.of(REGION, indicator, Period.parse(period), kind);
    }

    static Cell cell(String indicator, String period, StatementKind kind) {
        return PANEL.cell(key(indicator, period, kind)).orElseThrow(() -> new AssertionError("no cell "
                + indicator + " " + period + " " + kind));
    }

    static String plain(Quantity q) {
        return q.isRange() ? q.low().toPlainString() + "-" + q.high().toPlainString() : q.value().toPlainString();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            GDP                     | 2020      | FACT   | 19860000000 | 6.3  | 3 | 2020-communique.txt  | true
            GDP                     | 2016/2020 | FACT   | -           | 6    | 1 | 2021-work-report.txt | false
            GDP                     | 2021      | FACT   | 21500000000 | 7.2  | 1 | 2022-work-report.txt | false
            GDP                     | 2021      | TARGET | -           | 7    | 2 | 2021-work-report.txt | true
            GDP                     | 2024      | TARGET | -           | 6-6.5| 1 | 2024-work-report.txt | false
            RETAIL_SALES            | 2020      | FACT   | 9000000000  | 4    | 2 | 2020-communique.txt  | false
            URBAN_UNEMPLOYMENT_RATE | 2021      | TARGET | 4.5         | -    | 1 | 2021-work-report.txt | false
            ENERGY_INTENSITY        | 2021      | FACT   | -           | 2.5  | 1 | 2022-work-report.txt | false
            GENERAL_BUDGET_REVENUE  | 2024      | FACT   | 1680000000  | 1.2  | 1 | 2025-work-report.txt | false
            """)
    void putsEachFigureInItsCellWithItsSources(String indicator, String period, StatementKind kind, String value,
            String change, int sources, String reportedFrom, boolean conflicting) {
        Cell c = cell(indicator, period, kind);
        assertThat(c.value().map(PanelTest::plain).orElse(null)).isEqualTo(value);
        assertThat(c.change().map(PanelTest::plain).orElse(null)).isEqualTo(change);
        assertThat(c.sources()).hasSize(sources);
        assertThat(c.primarySource().id()).isEqualTo(reportedFrom);
        assertThat(c.isConflicting()).isEqualTo(conflicting);
    }

    @Test
    void aRevisedFactReportsTheLatestReportAndKeepsTheEstimate() {
        Cell gdp2020 = cell("GDP", "2020", StatementKind.FACT);
        assertThat(gdp2020.choice()).isEqualTo(Choice.LATEST_REPORT);
        // The five-year review's level reached in 2020 (由150亿元增加到201亿元), the estimate, the communiqué.
        assertThat(gdp2020.sources()).extracting(Source::id)
                .containsExactly("2021-work-report.txt", "2021-work-report.txt", "2020-communique.txt");
        assertThat(gdp2020.sources().get(1).statement().isEstimated()).isTrue();
        // The communiqué's figure is preliminary too (初步核算), but later: it is the one reported.
        assertThat(gdp2020.isEstimated()).isTrue();
        assertThat(gdp2020.conflicts()).extracting(Source::id)
                .containsExactly("2021-work-report.txt", "2021-work-report.txt");
        assertThat(gdp2020.valueSource().orElseThrow().text()).isEqualTo("地区生产总值198.6亿元，按可比价格计算，比上年增长6.3%");
    }

    @Test
    void aRestatedTargetReportsTheFirstReport() {
        Cell target = cell("GDP", "2021", StatementKind.TARGET);
        assertThat(target.choice()).isEqualTo(Choice.FIRST_REPORT);
        assertThat(target.change().orElseThrow().value()).isEqualByComparingTo("7");
        assertThat(target.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(target.commitment()).contains("主要预期目标");
        assertThat(target.conflicts()).extracting(Source::id).containsExactly("2021-news.txt");
        assertThat(target.conflicts().get(0).statement().commitment()).contains("确保");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            GDP                     | 2021 | MET            | CHANGE | 0.2  | PERCENTAGE_POINT | -
            GENERAL_BUDGET_REVENUE  | 2021 | MET            | CHANGE | 0    | PERCENTAGE_POINT | -
            RETAIL_SALES            | 2021 | MISSED         | CHANGE | -1   | PERCENTAGE_POINT | -
            URBAN_UNEMPLOYMENT_RATE | 2021 | MET            | LEVEL  | -0.3 | PERCENTAGE_POINT | -
            CPI                     | 2021 | MET            | CHANGE | -0.5 | PERCENTAGE_POINT | -
            ENERGY_INTENSITY        | 2021 | MISSED         | CHANGE | 0.5  | PERCENTAGE_POINT | -
            GDP                     | 2022 | NOT_COMPARABLE | -      | -    | -                | NO_OUTCOME
            URBAN_UNEMPLOYMENT_RATE | 2022 | NOT_COMPARABLE | -      | -    | -                | NO_OUTCOME
            GDP                     | 2024 | MET            | CHANGE | 0.8  | PERCENTAGE_POINT | -
            GENERAL_BUDGET_REVENUE  | 2024 | MISSED         | CHANGE | -6.2 | PERCENTAGE_POINT | -
            GDP                     | 2025 | NOT_COMPARABLE | -      | -    | -                | NO_OUTCOME
            """)
    void judgesEachTargetAgainstTheOutcomeOfALaterReport(String indicator, String year, Verdict verdict,
            Measure measure, BigDecimal gap, Unit gapUnit, Attainment.Reason reason) {
        Attainment a = PANEL.attainment(key(indicator, year, StatementKind.TARGET)).orElseThrow();
        assertThat(a.verdict()).isEqualTo(verdict);
        assertThat(a.measure().orElse(null)).isEqualTo(measure);
        assertThat(a.gap().orElse(null)).isEqualTo(gap);
        assertThat(a.gapUnit().orElse(null)).isEqualTo(gapUnit);
        assertThat(a.reason().orElse(null)).isEqualTo(reason);
        if (reason == null) {
            assertThat(a.outcome().orElseThrow().key()).isEqualTo(key(indicator, year, StatementKind.FACT));
        }
    }

    @Test
    void everyTargetCellHasOneAttainment() {
        assertThat(PANEL.attainments()).extracting(a -> a.target().key().toString()).containsExactly(
                "明湖县 CPI 2021 TARGET", "明湖县 ENERGY_INTENSITY 2021 TARGET", "明湖县 GDP 2021 TARGET",
                "明湖县 GDP 2022 TARGET", "明湖县 GDP 2024 TARGET", "明湖县 GDP 2025 TARGET",
                "明湖县 GENERAL_BUDGET_REVENUE 2021 TARGET", "明湖县 GENERAL_BUDGET_REVENUE 2022 TARGET",
                "明湖县 GENERAL_BUDGET_REVENUE 2024 TARGET", "明湖县 RETAIL_SALES 2021 TARGET",
                "明湖县 URBAN_UNEMPLOYMENT_RATE 2021 TARGET", "明湖县 URBAN_UNEMPLOYMENT_RATE 2022 TARGET");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            FROM_TO_GROWTH | GDP                    | 2016/2020 | GDP    | true  | 6    | 6.03
            FROM_TO_GROWTH | RETAIL_SALES           | 2016/2020 | RETAIL | false | 10   | 8.45
            SAME_CELL      | GDP                    | 2020      | level  | false | -    | -
            SAME_CELL      | GDP                    | 2020      | change | false | -    | -
            SAME_CELL      | GDP                    | 2021      | change | false | -    | -
            LEVEL_SERIES   | GDP                    | 2020/2021 | GDP    | true  | 7.2  | 8.26
            LEVEL_SERIES   | GDP                    | 2021/2023 | GDP    | true  | 5.5  | 5.65
            LEVEL_SERIES   | GDP                    | 2023/2024 | GDP    | true  | 6.8  | 7.08
            LEVEL_SERIES   | RETAIL_SALES           | 2020/2021 | RETAIL | false | 8    | 11.11
            LEVEL_SERIES   | GENERAL_BUDGET_REVENUE | 2020/2021 | GENERA | true  | 6    | 6.00
            LEVEL_SERIES   | GENERAL_BUDGET_REVENUE | 2023/2024 | GENERA | true  | -1.2 | -1.18
            """)
    void checksFiguresAgainstEachOtherAndNamesTheirSources(CheckKind kind, String indicator, String period,
            String messageStart, boolean consistent, BigDecimal stated, BigDecimal implied) {
        List<Check> found = PANEL.checks().stream().filter(c -> c.kind() == kind && c.indicator().equals(indicator)
                && c.period().equals(Period.parse(period)) && c.message().startsWith(messageStart))
                .collect(Collectors.toList());
        assertThat(found).hasSize(1);
        Check c = found.get(0);
        assertThat(c.isConsistent()).as(c.toString()).isEqualTo(consistent);
        assertThat(c.stated().orElse(null)).isEqualTo(stated);
        assertThat(c.implied().orElse(null)).isEqualTo(implied);
        assertThat(c.sources()).isNotEmpty();
        assertThat(c.region()).isEqualTo(REGION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            常住人口城镇化率由55%提高到60%，年均提高1个百分点             | URBANIZATION_RATE       | true  | 1   | 1.00
            城镇居民人均可支配收入由30000元增加到40000元，年均增长5.9%   | URBAN_DISPOSABLE_INCOME | true  | 5.9 | 5.92
            城镇居民人均可支配收入由30000元增加到40000元，年均增长7%     | URBAN_DISPOSABLE_INCOME | false | 7   | 5.92
            地区生产总值由150亿元增加到300亿元，年均增长10%              | GDP                     | true  | 10  | 14.87
            地区生产总值由150亿元增加到300亿元，年均增长2%               | GDP                     | true  | 2   | 14.87
            地区生产总值由300亿元下降到150亿元，年均增长6%               | GDP                     | false | 6   | -12.94
            """)
    void checksAFromToPairOfAFiveYearReview(String sentence, String indicator, boolean consistent,
            BigDecimal stated, BigDecimal implied) {
        Report r = ReportParser.create().parse("——2026年1月20日在明湖县第十九届人民代表大会第六次会议上\n"
                + "一、“十四五”时期工作回顾\n五年来，全县" + sentence + "。\n");
        Check c = Panel.builder().add("2026.txt", r).build().checks().stream()
                .filter(x -> x.kind() == CheckKind.FROM_TO_GROWTH).findFirst().orElseThrow();
        assertThat(c.indicator()).isEqualTo(indicator);
        assertThat(c.period()).isEqualTo(Period.years(2021, 2025));
        assertThat(c.isConsistent()).as(c.message()).isEqualTo(consistent);
        assertThat(c.stated()).contains(stated);
        assertThat(c.implied()).contains(implied);
    }

    @Test
    void aLevelCheckAcrossAMissingYearSaysSo() {
        Check c = PANEL.checks().stream().filter(x -> x.kind() == CheckKind.LEVEL_SERIES
                && x.indicator().equals("GDP") && x.period().equals(Period.years(2021, 2023))).findFirst()
                .orElseThrow();
        assertThat(c.sources()).extracting(Source::id).containsExactly("2022-work-report.txt",
                "2024-work-report.txt", "2024-work-report.txt");
        assertThat(c.message()).contains("not stated for [2022] (taken as alike, give or take -10% to +25% a year)")
                .contains("real growth against nominal levels: prices may move -10% to +25% a year");
    }

    @Test
    void theRevisionIsAnInconsistencyAndSoIsAFromToPairThatDoesNotAddUp() {
        assertThat(PANEL.inconsistencies()).extracting(c -> c.kind() + " " + c.indicator() + " " + c.period())
                .containsExactlyInAnyOrder("FROM_TO_GROWTH RETAIL_SALES 2016/2020", "SAME_CELL GDP 2020",
                        "SAME_CELL GDP 2020", "SAME_CELL GDP 2021", "LEVEL_SERIES RETAIL_SALES 2020/2021");
    }

    @Test
    void reportsAreOrderedByDateWhateverTheOrderTheyWereAdded() {
        ReportParser parser = ReportParser.create();
        Panel reversed = Panel.builder()
                .add("2022-work-report.txt", parser.parse(fixture("2022-work-report.txt")))
                .add("2021-work-report.txt", parser.parse(fixture("2021-work-report.txt")))
                .build();
        Attainment a = reversed.attainment(key("GDP", "2021", StatementKind.TARGET)).orElseThrow();
        assertThat(a.verdict()).isEqualTo(Verdict.MET);
        assertThat(a.outcome().orElseThrow().primarySource().id()).isEqualTo("2022-work-report.txt");
    }

    @Test
    void anOutcomeStatedOnlyByTheTargetsOwnReportIsNoOutcome() {
        ReportParser parser = ReportParser.create();
        Report r = parser.parse("""
                ——2021年1月20日在明湖县第十八届人民代表大会第五次会议上
                二、2021年主要预期目标
                全县地区生产总值增长7%。
                """);
        Panel alone = Panel.builder().add("only.txt", r).build();
        assertThat(alone.attainments()).singleElement()
                .satisfies(a -> assertThat(a.reason()).contains(Attainment.Reason.NO_OUTCOME));
    }

    @Test
    void rejectsABlankOrRepeatedSourceId() {
        Report r = ReportParser.create().parse("全县地区生产总值增长7%。");
        Panel.Builder b = Panel.builder().add("a.txt", r);
        assertThatThrownBy(() -> b.add("a.txt", r)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source id added twice: \"a.txt\"");
        assertThatThrownBy(() -> b.add(" ", r)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source id must not be blank: \" \"");
        assertThatThrownBy(() -> b.add(null, r)).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> b.priceChange(BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("price change range 1 to 0 is empty");
    }

    @Test
    void statementsWithoutPeriodOrCatalogIndicatorAreUnplaced() {
        Report r = ReportParser.create().parse("全县地区生产总值增长7%。");
        Panel p = Panel.builder().add("undated.txt", r).build();
        assertThat(p.cells()).isEmpty();
        assertThat(p.unplaced()).extracting(s -> s.statement().indicatorCode()).containsExactly("GDP");
    }

    @Test
    void aNarrowerPriceRangeFlagsRealGrowthThatNominalLevelsOutrun() {
        ReportParser parser = ReportParser.create();
        Panel.Builder b = Panel.builder().priceChange(BigDecimal.ZERO, BigDecimal.ZERO);
        FILES.forEach(f -> b.add(f, parser.parse(fixture(f))));
        assertThat(b.build().inconsistencies()).extracting(c -> c.kind() + " " + c.indicator() + " " + c.period())
                .contains("LEVEL_SERIES GDP 2020/2021");
    }

    @Test
    void resultsAreUnmodifiable() {
        Cell c = cell("GDP", "2020", StatementKind.FACT);
        assertThatThrownBy(() -> PANEL.cells().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PANEL.attainments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PANEL.checks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.conflicts().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(PANEL.regions()).containsExactly(REGION);
        assertThat(PANEL.cells(REGION, "CPI")).extracting(x -> x.key().toString())
                .containsExactly("明湖县 CPI 2021 FACT", "明湖县 CPI 2021 TARGET");
    }

    @Test
    void isEmptyWithoutReports() {
        Panel p = Panel.builder().build();
        assertThat(p.cells()).isEmpty();
        assertThat(p.attainments()).isEmpty();
        assertThat(p.checks()).isEmpty();
        assertThat(p.toString()).isEqualTo("Panel[0 reports, 0 cells, 0 targets, 0 inconsistencies]");
    }
}
