package io.github.zhibiao.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every scope item of the numbers module, one row per case: the text, the one mention expected in it. */
class QuantitiesScanTest {

    /**
     * Columns: input | mention text | value (or low..high) | unit | classifier | qualifier | change
     * (direction[/basis][/to]) — empty columns mean "none".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        # numerals
        完成投资１２３亿元                  | １２３亿元        | 12300000000   | CNY    |      |           |
        合同额1,234.5万元                   | 1,234.5万元       | 12345000      | CNY    |      |           |
        共十五个                            | 十五个            | 15            | COUNT  | 个   |           |
        二十一家企业                        | 二十一家          | 21            | COUNT  | 家   |           |
        一千零五人                          | 一千零五人        | 1005          | PERSON |      |           |
        三千五百二十一户                    | 三千五百二十一户  | 3521          | HOUSEHOLD |   |           |
        二十万吨                            | 二十万吨          | 200000        | TONNE  |      |           |
        壹佰元整                            | 壹佰元整          | 100           | CNY    |      |           |
        叁仟伍佰元                          | 叁仟伍佰元        | 3500          | CNY    |      |           |
        三点五万亩                          | 三点五万亩        | 35000         | MU     |      |           |
        1.8万个                             | 1.8万个           | 18000         | COUNT  | 个   |           |
        3万5千元                            | 3万5千元          | 35000         | CNY    |      |           |
        4.2万亿元                           | 4.2万亿元         | 4200000000000 | CNY    |      |           |
        一千五百万元                        | 一千五百万元      | 15000000      | CNY    |      |           |
        三万五                              | 三万五            | 35000         | NUMBER |      |           |
        两千                                | 两千              | 2000          | NUMBER |      |           |
        两三万人                            | 两三万人          | 20000..30000  | PERSON |      |           |
        负5%                                | 负5%              | -5            | PERCENT |     |           |
        利润-3.2亿元                        | -3.2亿元          | -320000000    | CNY    |      |           |
        百分之二十                          | 百分之二十        | 20            | PERCENT |     |           |
        千分之五                            | 千分之五          | 5             | PERMILLE |    |           |
        三成以上                            | 三成以上          | 30            | PERCENT |     | AT_LEAST  |
        # magnitudes
        350.19亿元                          | 350.19亿元        | 35019000000   | CNY    |      |           |
        突破百亿元                          | 突破百亿元        | 10000000000   | CNY    |      | MORE_THAN |
        3千万元                             | 3千万元           | 30000000      | CNY    |      |           |
        投资2.5十亿元                       | 2.5十亿元         | 2500000000    | CNY    |      |           |
        # units
        2亿美元                             | 2亿美元           | 200000000     | USD    |      |           |
        5000港币                            | 5000港币          | 5000          | HKD    |      |           |
        3亿欧元                             | 3亿欧元           | 300000000     | EUR    |      |           |
        1万日元                             | 1万日元           | 10000         | JPY    |      |           |
        8英镑                               | 8英镑             | 8             | GBP    |      |           |
        人民币500万元                       | 人民币500万元     | 5000000       | CNY    |      |           |
        三万元欧元                          | 三万元欧元        | 30000         | EUR    |      |           |
        9000元日币                          | 9000元日币        | 9000          | JPY    |      |           |
        占比8.4％                           | 8.4％             | 8.4           | PERCENT |     |           |
        千分比3‰                            | 3‰                | 3             | PERMILLE |    |           |
        增长2倍                             | 增长2倍           | 2             | TIMES  |      |           | INCREASE
        实现翻番                            | 翻番              | 2             | TIMES  |      |           | INCREASE
        增长-2.3%                           | 增长-2.3%         | -2.3          | PERCENT |     |           | INCREASE
        能耗5.6万吨标准煤                   | 5.6万吨标准煤     | 56000         | TONNE_OF_STANDARD_COAL | | |
        起降1.2万架次                       | 1.2万架次         | 12000         | COUNT  | 架次 |           |
        牲畜存栏120万头只                   | 120万头只         | 1200000       | COUNT  | 头只 |           |
        歲入決算2兆9,850億元                | 2兆9,850億元      | 2985000000000 | CNY    |      |           |
        营业收入超亿元企业                  | 超亿元            | 100000000     | CNY    |      | MORE_THAN |
        按年實質上升2.5%                    | 上升2.5%          | 2.5           | PERCENT |     |           | INCREASE/YEAR_ON_YEAR
        加快21个乡村振兴样板村建设          | 21个              | 21            | COUNT  | 个   |           |
        经济总量翻一番                      | 翻一番            | 2             | TIMES  |      |           | INCREASE
        翻两番                              | 翻两番            | 4             | TIMES  |      |           | INCREASE
        5万亩                               | 5万亩             | 50000         | MU     |      |           |
        120平方米                           | 120平方米         | 120           | SQUARE_METRE |  |         |
        300㎡                               | 300㎡             | 300           | SQUARE_METRE |  |         |
        23平方公里                          | 23平方公里        | 23            | SQUARE_KILOMETRE | |       |
        40公顷                              | 40公顷            | 40            | HECTARE |     |           |
        500米                               | 500米             | 500           | METRE  |      |           |
        22公里                              | 22公里            | 22            | KILOMETRE |   |           |
        8千米                               | 8千米             | 8             | KILOMETRE |   |           |
        20.5万吨                            | 20.5万吨          | 205000        | TONNE  |      |           |
        3公斤                               | 3公斤             | 3             | KILOGRAM |    |           |
        7千克                               | 7千克             | 7             | KILOGRAM |    |           |
        1500万斤                            | 1500万斤          | 15000000      | JIN    |      |           |
        9万立方米                           | 9万立方米         | 90000         | CUBIC_METRE | |         |
        1.2亿千瓦时                         | 1.2亿千瓦时       | 120000000     | KILOWATT_HOUR | |       |
        发电3亿度                           | 3亿度             | 300000000     | KILOWATT_HOUR | |       |
        装机5万千瓦                         | 5万千瓦           | 50000         | KILOWATT |    |           |
        200兆瓦                             | 200兆瓦           | 200           | MEGAWATT |    |           |
        2252人                              | 2252人            | 2252          | PERSON |      |           |
        30名                                | 30名              | 30            | PERSON |      |           |
        超200万人次                         | 超200万人次       | 2000000       | PERSON_TIME | | MORE_THAN |
        2110户                              | 2110户            | 2110          | HOUSEHOLD |   |           |
        173家                               | 173家             | 173           | COUNT  | 家   |           |
        1614件                              | 1614件            | 1614          | COUNT  | 件   |           |
        260场次                             | 260场次           | 260           | COUNT  | 场次 |           |
        310张                               | 310张             | 310           | COUNT  | 张   |           |
        增加26天                            | 增加26天          | 26            | DAY    |      |           | INCREASE
        PM2.5平均浓度为35微克/立方米        | 35微克/立方米     | 35            | MICROGRAM_PER_CUBIC_METRE | | |
        24小时                              | 24小时            | 24            | HOUR   |      |           |
        # qualifiers
        约7个                               | 约7个             | 7             | COUNT  | 个   | ABOUT     |
        大约3亿元                           | 大约3亿元         | 300000000     | CNY    |      | ABOUT     |
        5.2%左右                            | 5.2%左右          | 5.2           | PERCENT |     | ABOUT     |
        3000人上下                          | 3000人上下        | 3000          | PERSON |      | ABOUT     |
        60%以上                             | 60%以上           | 60            | PERCENT |     | AT_LEAST  |
        不低于8个                           | 不低于8个         | 8             | COUNT  | 个   | AT_LEAST  |
        不少于2.5万名                       | 不少于2.5万名     | 25000         | PERSON |      | AT_LEAST  |
        至少3项                             | 至少3项           | 3             | COUNT  | 项   | AT_LEAST  |
        超过60%                             | 超过60%           | 60            | PERCENT |     | MORE_THAN |
        逾千家                              | 逾千家            | 1000          | COUNT  | 家   | MORE_THAN |
        2000多人                            | 2000多人          | 2000          | PERSON |      | MORE_THAN |
        10多万元                            | 10多万元          | 100000        | CNY    |      | MORE_THAN |
        40余家                              | 40余家            | 40            | COUNT  | 家   | MORE_THAN |
        近30%                               | 近30%             | 30            | PERCENT |     | NEARLY    |
        接近5亿元                           | 接近5亿元         | 500000000     | CNY    |      | NEARLY    |
        将近百人                            | 将近百人          | 100           | PERSON |      | NEARLY    |
        3%以下                              | 3%以下            | 3             | PERCENT |     | AT_MOST   |
        5.5%以内                            | 5.5%以内          | 5.5           | PERCENT |     | AT_MOST   |
        不超过3%                            | 不超过3%          | 3             | PERCENT |     | AT_MOST   |
        不高于4.5%                          | 不高于4.5%        | 4.5           | PERCENT |     | AT_MOST   |
        # ranges
        3-5万亩                             | 3-5万亩           | 30000..50000  | MU     |      |           |
        3—5万亩                             | 3—5万亩           | 30000..50000  | MU     |      |           |
        3至5亿元                            | 3至5亿元          | 300000000..500000000 | CNY |   |           |
        5%-8%                               | 5%-8%             | 5..8          | PERCENT |     |           |
        百分之三到五                        | 百分之三到五      | 3..5          | PERCENT |     |           |
        1万-5万元                           | 1万-5万元         | 10000..50000  | CNY    |      |           |
        两到三万港元                        | 两到三万港元      | 20000..30000  | HKD    |      |           |
        6%～7%                              | 6%～7%            | 6..7          | PERCENT |     |           |
        # changes
        增长24%                             | 增长24%           | 24            | PERCENT |     |           | INCREASE
        同比增长24%                         | 增长24%           | 24            | PERCENT |     |           | INCREASE/YEAR_ON_YEAR
        环比下降1.2%                        | 下降1.2%          | 1.2           | PERCENT |     |           | DECREASE/MONTH_ON_MONTH
        比上年增加3亿元                     | 增加3亿元         | 300000000     | CNY    |      |           | INCREASE/YEAR_ON_YEAR
        年均增长5.7%                        | 增长5.7%          | 5.7           | PERCENT |     |           | INCREASE/ANNUAL_AVERAGE
        上升8.4个百分点                     | 上升8.4个百分点   | 8.4           | PERCENTAGE_POINT | |      | INCREASE
        提高0.5个百分点                     | 提高0.5个百分点   | 0.5           | PERCENTAGE_POINT | |      | INCREASE
        提升2.5个百分点                     | 提升2.5个百分点   | 2.5           | PERCENTAGE_POINT | |      | INCREASE
        扩大12%                             | 扩大12%           | 12            | PERCENT |     |           | INCREASE
        减少54%                             | 减少54%           | 54            | PERCENT |     |           | DECREASE
        降低15%以上                         | 降低15%以上       | 15            | PERCENT |     | AT_LEAST  | DECREASE
        回落0.3个百分点                     | 回落0.3个百分点   | 0.3           | PERCENTAGE_POINT | |      | DECREASE
        下滑2%                              | 下滑2%            | 2             | PERCENT |     |           | DECREASE
        压减20%以上                         | 压减20%以上       | 20            | PERCENT |     | AT_LEAST  | DECREASE
        增长了12.5%                         | 增长了12.5%       | 12.5          | PERCENT |     |           | INCREASE
        增长近30%                           | 增长近30%         | 30            | PERCENT |     | NEARLY    | INCREASE
        增速为6.1%                          | 增速为6.1%        | 6.1           | PERCENT |     |           | INCREASE
        同比分别增长3.9%                    | 增长3.9%          | 3.9           | PERCENT |     |           | INCREASE/YEAR_ON_YEAR
        # level words are not changes
        达到350亿元                         | 350亿元           | 35000000000   | CNY    |      |           |
        增至1055公里                        | 增至1055公里      | 1055          | KILOMETRE |   |           |
        新增规上单位102家                   | 102家             | 102           | COUNT  | 家   |           |
        新增102家                           | 102家             | 102           | COUNT  | 家   |           |
        改造提升5万亩高标准农田             | 5万亩             | 50000         | MU     |      |           |
        签约7个项目                         | 7个               | 7             | COUNT  | 个   |           |
        培育过2亿元企业                     | 过2亿元           | 200000000     | CNY    |      | MORE_THAN |
        道路提升三种方式                    | 三种              | 3             | COUNT  | 种   |           |
        # real-world text
        國內生產總值增長5%左右              | 增長5%左右        | 5             | PERCENT |     | ABOUT     | INCREASE
        投資3億元                           | 3億元             | 300000000     | CNY    |      |           |
        1.5萬人                             | 1.5萬人           | 15000         | PERSON |      |           |
        擴大12%                             | 擴大12%           | 12            | PERCENT |     |           | INCREASE
        壓減20%以上                         | 壓減20%以上       | 20            | PERCENT |     | AT_LEAST  | DECREASE
        縮小0.5個百分點                     | 縮小0.5個百分點   | 0.5           | PERCENTAGE_POINT | |      | DECREASE
        數十億元                            | 數十億元          | 1000000000..10000000000 | CNY | |        |
        `增长
            12.5%`                          | `增长
            12.5%`                                            | 12.5          | PERCENT |     |           | INCREASE
        2.6 万家                            | 2.6 万家          | 26000         | COUNT  | 家   |           |
        `完成350.19
        亿元`                               | `350.19
        亿元`                                                 | 35019000000   | CNY    |      |           |
        `达到12.
            5%`                             | `12.
            5%`                                               | 12.5          | PERCENT |     |           |
        3435 家                             | 3435 家           | 3435          | COUNT  | 家   |           |
        ７．５％                            | ７．５％          | 7.5           | PERCENT |     |           |
        [bookmark: OLE_LINK10]增长5.8%      | 增长5.8%          | 5.8           | PERCENT |     |           | INCREASE
        """)
    void scansOneMention(String input, String text, String value, String unit, String classifier, String qualifier,
            String change) {
        List<QuantityMention> found = Quantities.scan(input);
        assertThat(found).as("mentions in %s", input).hasSize(1);
        QuantityMention m = found.get(0);
        assertThat(m.text()).isEqualTo(text);
        assertThat(input.substring(m.start(), m.end())).isEqualTo(text);
        Quantity q = m.quantity();
        if (value.contains("..")) {
            String[] lh = value.split("\\.\\.");
            assertThat(q.isRange()).isTrue();
            assertThat(q.low()).isEqualByComparingTo(lh[0]);
            assertThat(q.high()).isEqualByComparingTo(lh[1]);
        } else {
            assertThat(q.value()).isEqualByComparingTo(value);
        }
        assertThat(q.unit()).isEqualTo(Unit.valueOf(unit));
        assertThat(q.classifier().orElse(null)).isEqualTo(classifier);
        assertThat(q.qualifier()).isEqualTo(qualifier == null ? Qualifier.EXACT : Qualifier.valueOf(qualifier));
        if (change == null) {
            assertThat(q.change()).isEmpty();
        } else {
            String[] parts = change.split("/");
            Change c = q.change().orElseThrow();
            assertThat(c.direction()).isEqualTo(Direction.valueOf(parts[0]));
            assertThat(c.basis().orElse(null)).isEqualTo(parts.length > 1 ? Basis.valueOf(parts[1]) : null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "2025年", "4月15日", "2024-09-11 16:37:45", "发布时间:2024-09-11", "1-7月", "2020—2025年",
        "“1+631”工作体系", "坚持“1463”工作思路", "聚焦“3+2”产业链", "5G-A人形机器人", "PM2.5浓度", "AAAA级景区",
        "4A级景区", "电话:0531-87654321", "邮箱3047798688@qq.com", "第三批", "第十八届", "十九届人大四次会议",
        "一、聚焦", "百强县", "一市两区", "“十四五”", "十五五时期", "一批项目", "一流企业", "[bookmark: OLE_LINK10]",
        "一季度", "前三季度", "上半年", "五年来", "汽车零部件", "“六个跨越”", "十大攻坚行动", "党的二十大",
        "©2018中原新闻网", "举办2024玫瑰博览会", "COVID-19疫情", "1.1.1.1", "v2.3.4", "G341国道", "统一部署",
        "千家万户", "四减四增", "提升两手抓", "9时30分", "1.实施城区供热", "实现两位数增长", "三次产业结构",
        "比例为4.3:37.9:57.8", "万元GDP能耗", "新聞線索提供熱線:010-63074375 63072334", "三次产业比重为3.5∶38.2∶58.3", "每千人口", "引进世界500强企业", "12345政务服务便民热线", "4K超高清",
        "三方协议", "联系电话：87654321", "https://www.example.com/a?id=123%20"})
    void findsNoQuantityIn(String input) {
        assertThat(Quantities.scan(input)).as("mentions in %s", input).isEmpty();
    }

    @Test
    void linksFromToPairWithAverageGrowth() {
        List<QuantityMention> found = Quantities.scan("规上工业产值由270亿元上升至356亿元，年均增长5.7%。");
        assertThat(found).extracting(QuantityMention::text).containsExactly("270亿元", "上升至356亿元", "增长5.7%");
        Change to = found.get(1).quantity().change().orElseThrow();
        assertThat(to.isToLevel()).isTrue();
        assertThat(to.direction()).isEqualTo(Direction.INCREASE);
        assertThat(to.from().orElseThrow().value()).isEqualByComparingTo("27000000000");
        assertThat(found.get(1).value()).isEqualByComparingTo("35600000000");
        assertThat(found.get(2).quantity().change().orElseThrow().basis()).contains(Basis.ANNUAL_AVERAGE);
    }

    @Test
    void distributesOneVerbOverAList() {
        List<QuantityMention> found = Quantities.scan("城乡居民人均可支配收入分别增长3.9%、5.6%。");
        assertThat(found).extracting(QuantityMention::text).containsExactly("增长3.9%", "5.6%");
        assertThat(found).allSatisfy(m -> assertThat(m.quantity().change().orElseThrow().direction())
                .isEqualTo(Direction.INCREASE));
    }

    @Test
    void scansARealSentenceInOrderWithOffsets() {
        String text = "173家规上工业企业完成产值356亿元、增长3.3%。";
        List<QuantityMention> found = Quantities.scan(text);
        assertThat(found).extracting(QuantityMention::text).containsExactly("173家", "356亿元", "增长3.3%");
        assertThat(found).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(found.get(1).value()).isEqualByComparingTo("35600000000");
        assertThat(found.get(1).quantity().magnitude()).isEqualByComparingTo("100000000");
        assertThat(found.get(1).quantity().writtenValue()).isEqualByComparingTo("356");
        assertThat(found.get(2).quantity().change()).isPresent();
        assertThat(found.get(1).quantity().change()).isEmpty();
    }

    @Test
    void readsListOfTargets() {
        String text = "地区生产总值增长5.2%左右；规模以上工业增加值增长7%左右；固定资产投资增长4%左右；"
                + "社会消费品零售总额增长3%左右。";
        List<QuantityMention> found = Quantities.scan(text);
        assertThat(found).extracting(m -> m.value().toPlainString()).containsExactly("5.2", "7", "4", "3");
        assertThat(found).allSatisfy(m -> assertThat(m.quantity().qualifier()).isEqualTo(Qualifier.ABOUT));
    }

    @Test
    void convertsPhysicalUnitsToSi() {
        assertThat(Quantities.parse("15亩").toSi().value()).isEqualByComparingTo("10000");
        assertThat(Quantities.parse("15亩").toSi().unit()).isEqualTo(Unit.SQUARE_METRE);
        assertThat(Quantities.parse("2斤").toSi().value()).isEqualByComparingTo("1");
        assertThat(Quantities.parse("20.5万吨").toSi().value()).isEqualByComparingTo("205000000");
        assertThat(Quantities.parse("3公里").toSi().unit()).isEqualTo(Unit.METRE);
        assertThat(Quantities.parse("350.19亿元").toSi()).isEqualTo(Quantities.parse("350.19亿元"));
    }

    @Test
    void parsesWholeStrings() {
        assertThat(Quantities.parse("350.19亿元").value()).isEqualByComparingTo("35019000000");
        assertThat(Quantities.parse(" 五 ").value()).isEqualByComparingTo("5");
        assertThat(Quantities.parse("同比增长24%").change().orElseThrow().basis()).contains(Basis.YEAR_ON_YEAR);
        assertThat(Quantities.parse("两千").value()).isEqualByComparingTo("2000");
        assertThat(Quantities.parse("3—5万亩").low()).isEqualByComparingTo("30000");
        assertThat(Quantities.parse("5元3角2分").value()).isEqualByComparingTo("5.32");
        assertThat(Quantities.parse("三块五").value()).isEqualByComparingTo("3.5");
        assertThat(Quantities.parse("从8500到3万港元").high()).isEqualByComparingTo("30000");
        assertThat(Quantities.parse("三分之一").value()).isEqualByComparingTo(
                BigDecimal.ONE.divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128));
    }

    @Test
    void mentionsPrintTheWayAPersonReadsThem() {
        QuantityMention m = Quantities.scan("350.19亿元").get(0);
        assertThat(m.toString()).isEqualTo("350.19亿元 = 35019000000 CNY @[0,8)");
        assertThat(Quantities.parse("5.2%左右").toString()).isEqualTo("5.2 PERCENT about");
    }

    @Test
    void valueOfARangeIsItsLowerBoundAndNeverThrows() {
        Quantity range = Quantities.parse("3-5万亩");
        assertThat(range.isRange()).isTrue();
        assertThat(range.valueIfExact()).isEmpty();
        assertThat(range.value()).isEqualByComparingTo("30000");
        assertThat(range.high()).isEqualByComparingTo("50000");
        assertThat(Quantities.scan("3-5万亩").get(0).value()).isEqualByComparingTo("30000");
        assertThat(Quantities.parse("5万亩").valueIfExact()).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("50000"));
    }

    @Test
    void equalValuesAreEqual() {
        assertThat(Quantities.parse("5.0%")).isEqualTo(Quantities.parse("5%"));
        assertThat(Quantities.parse("5.0%").hashCode()).isEqualTo(Quantities.parse("5%").hashCode());
        assertThat(Quantities.parse("5%")).isNotEqualTo(Quantities.parse("5%左右"));
        assertThat(Quantities.scan("增长5%").stream().map(QuantityMention::text).collect(Collectors.toList()))
                .containsExactly("增长5%");
    }
}
