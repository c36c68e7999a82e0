package io.github.zhibiao.core.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.core.IndicatorCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTraitsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GDP                                | false | true
            INDUSTRIAL_VALUE_ADDED_ABOVE_SCALE | false | true
            RETAIL_SALES                       | false | false
            CPI                                | true  | false
            URBAN_UNEMPLOYMENT_RATE            | true  | false
            ENERGY_INTENSITY                   | true  | false
            NEW_URBAN_JOBS                     | false | false
            """)
    void readsWhichWayIsBetterAndWhichGrowthIsReal(String code, boolean lowerIsBetter, boolean real) {
        IndicatorTraits t = IndicatorTraits.defaults();
        assertThat(t.lowerIsBetter(code)).isEqualTo(lowerIsBetter);
        assertThat(t.realGrowth(code)).isEqualTo(real);
    }

    @Test
    void aBuilderAddsCodesToACopy() {
        IndicatorTraits t = IndicatorTraits.defaults().withLowerIsBetter("WATER_INTENSITY")
                .withRealGrowth("RETAIL_SALES");
        assertThat(t.lowerIsBetter("WATER_INTENSITY")).isTrue();
        assertThat(t.realGrowth("RETAIL_SALES")).isTrue();
        assertThat(IndicatorTraits.defaults().lowerIsBetter("WATER_INTENSITY")).isFalse();
    }

    @Test
    void everyListedCodeIsInTheDefaultCatalog() throws IOException {
        List<String> codes;
        try (InputStream in = IndicatorTraits.class.getResourceAsStream("indicator-traits.tsv")) {
            codes = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0])
                    .collect(Collectors.toList());
        }
        assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(IndicatorCatalog.defaults().find(c)).as(c)
                .isPresent());
    }
}
