package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodScannerTest {
    /** Report of 2024 reviewing 2023 (a work report given in early 2024). */
    private static final PeriodScanner.Years YEARS = new PeriodScanner.Years(2024, 2023);

    private static PeriodScanner.Mention first(String text) {
        char[] t = TextNormalizer.normalize(text);
        List<PeriodScanner.Mention> ms = PeriodScanner.scan(t, 0, t.length, YEARS, 2024);
        assertThat(ms).as(text).isNotEmpty();
        return ms.get(0);
    }

    @ParameterizedTest
    @CsvSource({
        "2025年，全县地区生产总值增长5.8%, 2025, PLAIN",
        "2024年上半年地区生产总值完成131.5亿元, 2024-01/2024-06, PLAIN",
        "今年上半年，全市生产总值增长5.6%, 2024-01/2024-06, PLAIN",
        "今年1-7月，工业增加值增长7%, 2024-01/2024-07, PLAIN",
        "1—8月全县空气质量综合指数改善6.6%, 2024-01/2024-08, PLAIN",
        "前三季度，全省生产总值增长5.2%, 2024-01/2024-09, PLAIN",
        "今年一季度，全区共签约项目21个, 2024-01/2024-03, PLAIN",
        "2023年第四季度出口增长3%, 2023-10/2023-12, PLAIN",
        "“十四五”时期，地区生产总值年均增长6%, 2021/2025, PLAIN",
        "十五五时期主要目标, 2026/2030, PLAIN",
        "至“十五五”末，力争高新技术企业达到120家, 2026/2030, HORIZON",
        "力争到2025年，玫瑰产业产值突破100亿元, 2025, HORIZON",
        "五年来，地区生产总值年均增长6.1%, 2019/2023, PLAIN",
        "五年年均增长6.3%, 2019/2023, SPAN",
        "三年累计新增城镇就业9.8万人, 2021/2023, SPAN",
        "过去五年，城镇新增就业5.6万人, 2019/2023, PLAIN",
        "今后五年，地区生产总值年均增长5%以上, 2024/2028, PLAIN",
        "一年来，我们坚持稳中求进, 2023, PLAIN",
        "去年，全区拿出40多亿元用于民生, 2023, PLAIN",
        "力争明年新增上市企业1家以上, 2025, PLAIN",
        "力争年内上云企业突破1150家, 2024, PLAIN",
        "2021—2025年累计完成投资237亿元, 2021/2025, PLAIN",
        "比上年增长5.3%, 2023, BASE",
        "与“十三五”末相比，空气质量综合指数改善25.6%, 2020/2020, BASE",
        "2021年以来，累计培育企业92家, 2021, SINCE",
        "2024年第二季本地生产总值按年实质上升3.3%, 2024-04/2024-06, PLAIN",
        "第一季的升幅修订为2.8%, 2024-01/2024-03, PLAIN",
        "2024年4月至6月的失业率为3.0%, 2024-04/2024-06, PLAIN",
        "“十四五”前两年年均增长5.9%, 2021/2022, PLAIN",
    })
    void resolvesTimeExpressions(String text, String iso, PeriodScanner.Role role) {
        PeriodScanner.Mention m = first(text);
        assertThat(m.role).as(text).isEqualTo(role);
        if (role != PeriodScanner.Role.BASE) {
            assertThat(m.period.toIsoString()).as(text).isEqualTo(iso);
        }
    }

    @ParameterizedTest
    @CsvSource({"——2026年1月27日在平阴县第十九届人民代表大会", "4月15日,平阴县委工作会议召开"})
    void treatsCalendarDatesAsDatesNotPeriods(String text) {
        assertThat(first(text).role).isEqualTo(PeriodScanner.Role.DATE);
    }

    @ParameterizedTest
    @CsvSource({"第十五次党代会", "十个产业专班", "5G-A人形机器人", "季节性调整"})
    void ignoresNumbersThatAreNotTimes(String text) {
        char[] t = TextNormalizer.normalize(text);
        assertThat(PeriodScanner.scan(t, 0, t.length, YEARS, 2024)).isEmpty();
    }
}
