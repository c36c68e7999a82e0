package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {
    @Test
    void printsYearsHalvesAndPlanPeriodsInIso8601() {
        assertThat(Period.year(2025).toIsoString()).isEqualTo("2025");
        assertThat(Period.years(2021, 2025).toIsoString()).isEqualTo("2021/2025");
        assertThat(Period.months(YearMonth.of(2024, 1), YearMonth.of(2024, 6)).toIsoString())
                .isEqualTo("2024-01/2024-06");
        assertThat(Period.quarter(2020, 1).toIsoString()).isEqualTo("2020-01/2020-03");
        assertThat(Period.months(YearMonth.of(2024, 7), YearMonth.of(2024, 7)).toIsoString()).isEqualTo("2024-07");
    }

    @ParameterizedTest
    @CsvSource({"2025", "2021/2025", "2024-01/2024-06", "2024-07", "2026/2030"})
    void parsesWhatItPrints(String iso) {
        assertThat(Period.parse(iso).toIsoString()).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource({"2024-13", "20x5", "2025/2021", "''"})
    void rejectsMalformedPeriodsWithOneExceptionType(String bad) {
        assertThatThrownBy(() -> Period.parse(bad)).isInstanceOf(ReportInputException.class)
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesAndEqualsByMonths() {
        assertThat(Period.year(2024)).isEqualTo(Period.parse("2024-01/2024-12"));
        assertThat(Period.year(2024)).isLessThan(Period.year(2025));
        assertThat(Period.year(2024).endDate()).hasToString("2024-12-31");
    }
}
