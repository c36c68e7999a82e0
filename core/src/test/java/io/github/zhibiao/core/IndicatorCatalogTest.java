package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibiao.numbers.Dimension;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorCatalogTest {
    @ParameterizedTest
    @CsvSource({"GDP", "GDP_PER_CAPITA", "PRIMARY_INDUSTRY_VALUE_ADDED", "SECONDARY_INDUSTRY_VALUE_ADDED",
        "TERTIARY_INDUSTRY_VALUE_ADDED", "INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE", "INDUSTRIAL_OUTPUT_ABOVE_SCALE",
        "INDUSTRIAL_REVENUE_ABOVE_SCALE", "FIXED_ASSET_INVESTMENT", "MANUFACTURING_INVESTMENT", "RETAIL_SALES",
        "ONLINE_RETAIL_SALES", "GENERAL_BUDGET_REVENUE", "GENERAL_BUDGET_EXPENDITURE", "TAX_REVENUE",
        "URBAN_DISPOSABLE_INCOME", "RURAL_DISPOSABLE_INCOME", "FOREIGN_TRADE", "EXPORTS", "IMPORTS",
        "FOREIGN_INVESTMENT_USED", "NEW_URBAN_JOBS", "URBAN_UNEMPLOYMENT_RATE", "URBANIZATION_RATE", "CPI",
        "ENERGY_INTENSITY", "GRAIN_OUTPUT", "PROFIT_TOTAL", "SERVICES_REVENUE_ABOVE_SCALE",
        "LIVELIHOOD_SPENDING_SHARE"})
    void defaultCatalogHoldsTheHeadlineIndicators(String code) {
        assertThat(IndicatorCatalog.defaults().find(code)).isPresent();
    }

    @Test
    void noAliasNamesTwoIndicators() {
        Map<String, String> owner = new HashMap<>();
        for (Indicator i : IndicatorCatalog.defaults().indicators()) {
            for (String a : i.aliases()) {
                String before = owner.put(a, i.code());
                assertThat(before).as("alias " + a).isNull();
            }
        }
    }

    @Test
    void everyPartOfACompositeIndicatorExists() {
        IndicatorCatalog c = IndicatorCatalog.defaults();
        for (Indicator i : c.indicators()) {
            for (String p : i.parts()) {
                assertThat(c.find(p)).as(i.code() + " part " + p).isPresent();
            }
        }
        assertThat(c.find("URBAN_RURAL_DISPOSABLE_INCOME").orElseThrow().parts())
                .containsExactly("URBAN_DISPOSABLE_INCOME", "RURAL_DISPOSABLE_INCOME");
    }

    @Test
    void extendsPerInstanceWithoutChangingTheDefaults() {
        Indicator port = Indicator.of("PORT_THROUGHPUT", "港口货物吞吐量", "港口吞吐量").withDimension(Dimension.MASS);
        IndicatorCatalog mine = IndicatorCatalog.defaults().with(port);
        assertThat(mine.find("PORT_THROUGHPUT")).contains(port);
        assertThat(IndicatorCatalog.defaults().find("PORT_THROUGHPUT")).isEmpty();

        ReportParser parser = ReportParser.builder().catalog(mine).build();
        Report r = parser.parse("2023年，全市港口货物吞吐量完成1.2亿吨，增长4.5%。");
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(s.indicatorCode()).isEqualTo("PORT_THROUGHPUT");
            assertThat(s.value().orElseThrow().low()).isEqualByComparingTo("120000000");
        });
        assertThat(ReportParser.create().parse("2023年，全市港口货物吞吐量完成1.2亿吨，增长4.5%。").statements())
                .noneMatch(s -> s.indicatorCode().equals("PORT_THROUGHPUT"));
    }

    @Test
    void readsTheTsvFormatAndReportsBadLines() {
        IndicatorCatalog c = IndicatorCatalog.parse(new StringReader(
                "# comment\nPORT\t港口吞吐量\tMASS\t-\t货物吞吐量|港口货物吞吐量\n"));
        assertThat(c.find("PORT").orElseThrow().aliases()).containsExactly("港口吞吐量", "货物吞吐量", "港口货物吞吐量");
        assertThat(c.find("PORT").orElseThrow().dimension()).contains(Dimension.MASS);

        assertThatThrownBy(() -> IndicatorCatalog.parse(new StringReader("PORT\t港口吞吐量\tWEIGHT\t-\t吞吐量\n")))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("WEIGHT");
        assertThatThrownBy(() -> IndicatorCatalog.parse(new StringReader("port\t港口吞吐量\t-\t-\t吞吐量\n")))
                .isInstanceOf(ReportInputException.class);
        assertThatThrownBy(() -> IndicatorCatalog.parse(new StringReader("PORT\t港口吞吐量\n")))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("5 tab-separated columns");
    }
}
