package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.numbers.Qualifier;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phrasing from provincial reports unlike the seeds: a statistical communiqué published in March about the
 * year before, and a work report's list of main expected targets.
 */
class OtherProvincesTest {
    private static final ReportParser PARSER = ReportParser.create();

    private static final String COMMUNIQUE = String.join("\n",
            "山东省2024年国民经济和社会发展统计公报",
            "山东省统计局 2025年3月3日",
            "初步核算，全年全省地区生产总值98566亿元，按不变价格计算，比上年增长5.7%。其中，第一产业增加值6779亿元，"
                    + "增长3.5%；第二产业增加值39542亿元，增长6.3%；第三产业增加值52245亿元，增长5.6%。",
            "全年居民消费价格比上年上涨0.1%。年末全省常住人口城镇化率为67.5%，比上年末提高0.7个百分点。"
                    + "全年城镇新增就业125.6万人。城镇调查失业率平均为5.1%。",
            "全年货物进出口总额3.38万亿元，增长3.5%。其中，出口2.05万亿元，增长6.2%；进口1.33万亿元，下降0.4%。",
            "全年粮食总产量5700万吨，比上年增加44万吨。",
            "城镇居民人均可支配收入53000元，增长4.6%；农村居民人均可支配收入24800元，增长6.6%。");

    private static final String TARGETS = String.join("\n",
            "政府工作报告",
            "——2025年1月15日在河南省第十四届人民代表大会第三次会议上",
            "2025年经济社会发展的主要预期目标是：全省生产总值增长5.5%左右，一般公共预算收入增长4%，"
                    + "城镇新增就业110万人以上，城镇调查失业率5.5%左右，居民消费价格涨幅3%左右，"
                    + "粮食产量稳定在1300亿斤以上，单位生产总值能耗降低3%左右。",
            "过去一年，全省生产总值达到6.4万亿元、增长5.1%，规模以上工业增加值增长8.1%。");

    /** Columns: indicator | kind | period | level (base unit) | change | qualifier. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        GDP                           | FACT | 2024 | 9856600000000 | 5.7 |
        PRIMARY_INDUSTRY_VALUE_ADDED  | FACT | 2024 | 677900000000  | 3.5 |
        TERTIARY_INDUSTRY_VALUE_ADDED | FACT | 2024 | 5224500000000 | 5.6 |
        CPI                           | FACT | 2024 |               | 0.1 |
        URBANIZATION_RATE             | FACT | 2024 | 67.5          |     |
        NEW_URBAN_JOBS                | FACT | 2024 | 1256000       |     |
        EXPORTS                       | FACT | 2024 | 2050000000000 | 6.2 |
        IMPORTS                       | FACT | 2024 | 1330000000000 | 0.4 |
        GRAIN_OUTPUT                  | FACT | 2024 | 57000000      | 440000 |
        RURAL_DISPOSABLE_INCOME       | FACT | 2024 | 24800         | 6.6 |
        """)
    void readsACommuniqueAboutTheYearBefore(String code, StatementKind kind, String period, String level,
            String change, Qualifier qualifier) {
        Report report = PARSER.parse(COMMUNIQUE);
        assertThat(report.context().kind()).isEqualTo(ReportKind.STATISTICAL_COMMUNIQUE);
        check(report, code, kind, period, level, change, qualifier);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        GDP                     | TARGET | 2025 |                | 5.5 | ABOUT
        GENERAL_BUDGET_REVENUE  | TARGET | 2025 |                | 4   |
        NEW_URBAN_JOBS          | TARGET | 2025 | 1100000        |     | AT_LEAST
        URBAN_UNEMPLOYMENT_RATE | TARGET | 2025 | 5.5            |     | ABOUT
        CPI                     | TARGET | 2025 |                | 3   | ABOUT
        ENERGY_INTENSITY        | TARGET | 2025 |                | 3   | ABOUT
        INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE | FACT | 2024 |        | 8.1 |
        """)
    void readsAListOfMainExpectedTargets(String code, StatementKind kind, String period, String level,
            String change, Qualifier qualifier) {
        Report report = PARSER.parse(TARGETS);
        assertThat(report.context().region()).contains("河南省");
        check(report, code, kind, period, level, change, qualifier);
    }

    @org.junit.jupiter.api.Test
    void aHorizonIsTheCommitmentOfItsTarget() {
        Report report = PARSER.parse("发布时间：2023-10-26\n到2027年，全市地区生产总值突破3000亿元，年均增长6%以上。");
        // The level is to be reached by 2027; the average growth runs over the years up to it: two statements.
        Statement gdp = report.targets().get(0);
        assertThat(gdp.indicatorCode()).isEqualTo("GDP");
        assertThat(gdp.period().map(Period::toIsoString)).contains("2027");
        assertThat(gdp.commitment()).contains("到2027年");
        assertThat(gdp.value().orElseThrow().value()).isEqualByComparingTo("300000000000");
        Statement growth = report.targets().get(1);
        assertThat(growth.period().map(Period::toIsoString)).contains("2023/2027");
        assertThat(growth.commitment()).contains("到2027年");
        assertThat(growth.change().orElseThrow().value()).isEqualByComparingTo("6");
    }

    private static void check(Report report, String code, StatementKind kind, String period, String level,
            String change, Qualifier qualifier) {
        List<Statement> found = report.statements().stream().filter(s -> s.indicatorCode().equals(code))
                .collect(Collectors.toList());
        assertThat(found).as("statements for %s in %s", code, report.statements()).isNotEmpty();
        Statement s = found.get(0);
        assertThat(s.kind()).isEqualTo(kind);
        assertThat(s.period().map(Period::toIsoString)).contains(period);
        if (level == null) {
            assertThat(s.value()).isEmpty();
        } else {
            assertThat(s.value().orElseThrow().value()).isEqualByComparingTo(level);
        }
        if (change == null) {
            assertThat(s.change()).isEmpty();
        } else {
            assertThat(s.change().orElseThrow().value()).isEqualByComparingTo(change);
        }
        assertThat(s.qualifier()).isEqualTo(qualifier == null ? Qualifier.EXACT : qualifier);
    }
}
