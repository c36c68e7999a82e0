package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Scores the parser on excerpts written in the genres and phrasings of other provinces, cities, counties and years
 * than the seeds ({@code reports/NAME.txt} next to this class, with hand-made records in
 * {@code NAME.expected.jsonl}, same format as {@code seeds/gold/*.facts.jsonl}), with the matching rules of
 * {@link FactScoring}. Prints per-file and overall precision and recall and every miss and spurious item.
 */
class OtherReportsEvaluationTest {
    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.95;

    /** Work reports, communiqués, monthly and quarterly news, a plan review, traditional script, web pages. */
    private static final List<String> REPORTS = List.of(
            "province_work_report_2026",
            "city_communique_2023",
            "district_work_report_2024",
            "quarterly_news_2024",
            "traditional_news_2024",
            "plan_midterm_review_2023",
            "city_work_report_2023",
            "web_news_county_2024",
            "county_work_report_2022",
            "autonomous_region_city_report_2025",
            "monthly_news_2023",
            "province_quarterly_2022",
            "hong_kong_gdp_2024",
            // Second blind round: national communiqué and monthly release, budget report, January work report
            // with 预计, county breakdowns, a 十五五 proposal, 万亿元 and 个百分点 comparisons, Taiwan, firm counts.
            "national_communique_2024",
            "nbs_monthly_release_2024",
            "budget_execution_report_2023",
            "january_work_report_2024",
            "county_breakdown_news_2024",
            "plan_proposal_15th_2025",
            "province_annual_news_2024",
            "taiwan_news_2024",
            "enterprise_county_news_2024",
            // Third blind round: a western province's review with 分别 chains, a prefecture communiqué with 年末
            // stocks, a high-tech zone, a county's 主要预期目标 list, half-year news with 比全国、全省 gaps, a
            // county's 乡村振兴 summary, a 2019 report with 十三五, Macau, HTML residue, district breakdowns.
            "west_province_work_report_2024",
            "prefecture_communique_2023",
            "high_tech_zone_summary_2024",
            "county_targets_2025",
            "half_year_news_2024",
            "county_rural_revitalization_2023",
            "work_report_13th_2019",
            "macau_news_2024",
            "html_residue_news_2024",
            "district_breakdown_news_2024",
            // Fourth blind round: a 东北振兴 province report, a Beijing district, a city review of 分别 lists, a
            // pastoral banner, a 金融 communiqué section, tourism and fiscal and trade news, 上年/去年/前年
            // references, a 主要指标完成情况 list with line breaks, a traditional-script city report.
            "northeast_revitalization_report_2024",
            "municipal_district_report_2024",
            "city_review_paragraph_2024",
            "pastoral_banner_report_2024",
            "finance_communique_section_2023",
            "tourism_consumption_news_2025",
            "fiscal_news_2024",
            "open_economy_news_2024",
            "mixed_year_references_2024",
            "indicator_list_2023",
            "traditional_work_report_2024",
            // Fifth blind round: whole documents rather than excerpts: a county work report with its 十四五 review,
            // 十五五 goals, project lists, 为民实事 and 名词解释; a city communiqué with 注释; a district web page
            // with navigation, related links and footer; a province plan report pairing 计划 and 预计 per indicator.
            "county_full_work_report_2026",
            "city_full_communique_2025",
            "district_web_news_full_2025",
            "province_plan_execution_2026",
            // Sixth blind round: a 镇 work summary with 名词解释, a 开发区 管委会 report with R&D and 年度计划投资, a
            // province's 2021 report with its 十三五 review, 十四五 goals and 2021 targets.
            "township_work_summary_2023",
            "development_zone_report_2022",
            "province_work_report_2021",
            // Seventh blind round, in the seeds' genre from other provinces: a 河南 县委工作会议 report with 党代会
            // goals, a 江苏 晚报 feature, a 四川 district web page with Q1 figures, a 浙江 press conference with 上半年
            // and 1—7月, a 湖南 county work report with 名词解释, a 广西 project news page with bookmark residue.
            "henan_county_committee_meeting_2023",
            "jiangsu_county_evening_feature_2023",
            "sichuan_district_q1_web_2024",
            "zhejiang_county_press_conference_2023",
            "hunan_county_work_report_2024",
            "guangxi_county_project_news_2024",
            // Eighth blind round, from four more provinces: an 安徽 county news page with 前三季度 and 分产业看, an
            // undated 福建 newspaper feature opening on "2022年，", a 云南 county work report with 预计 and 引进省外资金,
            // a 陕西 press conference with 上半年 and 1—6月.
            "anhui_county_news_2024",
            "fujian_city_newspaper_feature_2023",
            "yunnan_county_work_report_2024",
            "shaanxi_press_conference_2024");

    private static String resource(String name) throws IOException {
        try (InputStream in = OtherReportsEvaluationTest.class.getResourceAsStream("reports/" + name)) {
            Objects.requireNonNull(in, "missing test resource reports/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void extractsTheExpectedFactsAndTargetsOfReportsFromOtherRegions() throws Exception {
        ReportParser parser = ReportParser.create();
        FactScoring.Evaluation eval = new FactScoring.Evaluation();
        for (String doc : REPORTS) {
            Report report = parser.parse(resource(doc + ".txt"));
            Path expected = Paths.get(Objects.requireNonNull(
                    OtherReportsEvaluationTest.class.getResource("reports/" + doc + ".expected.jsonl")).toURI());
            eval.add(doc, report, FactScoring.gold(expected));
        }
        eval.print("Other reports");
        assertThat(eval.headline.precision()).as("headline precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(eval.headline.recall()).as("headline recall").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(eval.all.precision()).as("precision of all records").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(eval.all.recall()).as("recall of all records").isGreaterThanOrEqualTo(MIN_RECALL);
    }
}
