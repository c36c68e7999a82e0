package io.github.zhibiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code panel} command on three short reports of the fictional 明湖县, written to a temporary folder. */
class PanelCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String R2021 = "政府工作报告\n——2021年1月20日在明湖县第十八届人民代表大会第五次会议上\n"
            + "一、2020年工作回顾\n2020年，全县地区生产总值预计完成200亿元，增长6.5%；一般公共预算收入15亿元，增长5%。\n"
            + "二、2021年主要预期目标\n全县地区生产总值增长7%左右；一般公共预算收入增长6%以上。\n";
    static final String R2022 = "政府工作报告\n——2022年1月18日在明湖县第十八届人民代表大会第六次会议上\n"
            + "一、2021年工作回顾\n过去一年，全县地区生产总值完成215亿元，增长7.2%；一般公共预算收入15.9亿元，增长5.5%。\n"
            + "二、2022年主要预期目标\n全县地区生产总值增长6.5%。\n";
    static final String COMMUNIQUE = "明湖县2020年国民经济和社会发展统计公报\n明湖县统计局\n2021年4月10日\n\n"
            + "全年全县地区生产总值198.6亿元，按可比价格计算，比上年增长6.3%。\n";

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isEmpty()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }

        JsonNode row(String indicator, String period) throws IOException {
            for (JsonNode n : lines()) {
                if (n.get("indicator").asText().equals(indicator) && n.get("period").asText().equals(period)) {
                    return n;
                }
            }
            throw new AssertionError("no row " + indicator + " " + period + " in " + out);
        }
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]), out, err);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void writeReports() throws IOException {
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("reports/2021.txt"), R2021, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("reports/2022.txt"), R2022, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("reports/2020-communique.txt"), COMMUNIQUE, StandardCharsets.UTF_8);
    }

    private String reports() {
        return dir.resolve("reports").toString();
    }

    @Test
    void printsOneRowPerRegionIndicatorAndPeriodWithTargetOutcomeVerdictAndSources() throws IOException {
        Result r = run("panel", reports());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode gdp = r.row("GDP", "2021");
        assertThat(gdp.get("region").asText()).isEqualTo("明湖县");
        assertThat(gdp.get("target").get("change").get("value").asText()).isEqualTo("7");
        assertThat(gdp.get("target").get("qualifier").asText()).isEqualTo("about");
        assertThat(gdp.get("target").get("file").asText()).endsWith("2021.txt");
        assertThat(gdp.get("outcome").get("change").get("value").asText()).isEqualTo("7.2");
        assertThat(gdp.get("outcome").get("report_date").asText()).isEqualTo("2022-01-18");
        assertThat(gdp.get("verdict").asText()).isEqualTo("met");
        assertThat(gdp.get("measure").asText()).isEqualTo("change");
        assertThat(gdp.get("gap").asText()).isEqualTo("0.2");
        assertThat(gdp.get("gap_unit").asText()).isEqualTo("PERCENTAGE_POINT");
        JsonNode revenue = r.row("GENERAL_BUDGET_REVENUE", "2021");
        assertThat(revenue.get("verdict").asText()).isEqualTo("missed");
        assertThat(revenue.get("gap").asText()).isEqualTo("-0.5");
        assertThat(r.row("GDP", "2022").get("reason").asText()).isEqualTo("no_outcome");
    }

    @Test
    void aRevisedFigureKeepsEverySourceAndReportsTheLatest() throws IOException {
        JsonNode gdp2020 = run("panel", reports()).row("GDP", "2020");
        JsonNode outcome = gdp2020.get("outcome");
        assertThat(outcome.get("value").get("value").asText()).isEqualTo("19860000000");
        assertThat(outcome.get("choice").asText()).isEqualTo("latest_report");
        assertThat(outcome.get("conflict").asBoolean()).isTrue();
        assertThat(outcome.get("sources")).hasSize(2);
        assertThat(outcome.get("sources").get(0).get("estimated").asBoolean()).isTrue();
        assertThat(outcome.get("sources").get(0).get("conflict").asBoolean()).isTrue();
        assertThat(outcome.get("sources").get(1).get("report_kind").asText()).isEqualTo("statistical_communique");
        assertThat(gdp2020.get("checks").toString()).isEqualTo("[\"same_cell\"]");
    }

    @Test
    void aManifestFixesDateRegionAndKindAndListsTheInputs() throws IOException {
        Files.writeString(dir.resolve("reports/manifest.csv"), "file,date,region,kind\n"
                + "2021.txt,2021-01-20,湖东县,work_report\n2022.txt,,湖东县,\n", StandardCharsets.UTF_8);
        Result r = run("panel", "--manifest", dir.resolve("reports/manifest.csv").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.lines()).extracting(n -> n.get("region").asText()).containsOnly("湖东县");
        assertThat(r.row("GDP", "2021").get("verdict").asText()).isEqualTo("met");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            file,date\\n2021.txt,2021-01-20                    | line 1: the header must be file,date,region,kind
            file,date,region,kind\\n2021.txt,2021-13-01,,      | line 2: date "2021-13-01" is not like 2016-02-19
            file,date,region,kind\\n2021.txt,,,report        | line 2: kind "report" is not work_report
            file,date,region,kind\\n2021.txt,,\\n             | line 2: 4 fields expected
            """)
    void rejectsABadManifestNamingTheLine(String manifest, String message) throws IOException {
        Path m = dir.resolve("reports/bad.csv");
        Files.writeString(m, manifest.replace("\\n", "\n"), StandardCharsets.UTF_8);
        Result r = run("panel", "--manifest", m.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(m + " " + message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void printsCsvWithSignedChanges() {
        Result r = run("panel", "--format", "csv", reports());
        String[] lines = r.out().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", PanelPrinter.LONG_CSV));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("明湖县,GDP,2021,,,7,,,PERCENT,about,,")
                .contains(",7.2,PERCENT,false,").contains(",met,change,0.2,PERCENTAGE_POINT,,"));
    }

    @Test
    void printsAWideRowPerRegionIndicatorAndMeasure() {
        Result r = run("panel", "--wide", "--format", "csv", reports());
        String[] lines = r.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("region,indicator,measure,unit,2020_target,2020_outcome,2020_verdict,"
                + "2021_target,2021_outcome,2021_verdict,2022_target,2022_outcome,2022_verdict");
        assertThat(lines).contains("明湖县,GDP,change,PERCENT,,6.3,,7,7.2,met,6.5,,",
                "明湖县,GDP,level,CNY,,19860000000,,,21500000000,,,,");
    }

    @Test
    void printsTheFailedChecksWithTheirSources() throws IOException {
        Result r = run("panel", "--checks", reports());
        assertThat(r.lines()).extracting(n -> n.get("kind").asText() + " " + n.get("indicator").asText() + " "
                + n.get("period").asText()).contains("same_cell GDP 2020");
        assertThat(r.lines().get(0).get("sources").size()).isGreaterThan(1);
    }

    @Test
    void printsATableForPeople() {
        Result r = run("panel", "--format", "table", reports());
        assertThat(r.out()).startsWith("region").contains("增长7%左右").contains("met").contains("0.2 pp");
        assertThat(r.err()).contains("zhibiao: panel of 3 reports:");
    }

    @Test
    void drawsAPngChart() throws IOException {
        Path png = dir.resolve("chart.png");
        Result r = run("panel", "--chart", png.toString(), reports());
        assertThat(r.status()).as(r.err()).isZero();
        byte[] head = new byte[8];
        System.arraycopy(Files.readAllBytes(png), 0, head, 0, 8);
        assertThat(head).startsWith(0x89, 'P', 'N', 'G');
        assertThat(r.err()).contains("series drawn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --format=xml         | unknown format xml
            --threads=0          | --threads needs a positive number, not 0
            --chart=out.pdf      | --chart needs a file ending in .png or .svg, not out.pdf
            --bogus              | unknown option --bogus
            """)
    void rejectsBadOptions(String option, String message) {
        Result r = run("panel", option);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("zhibiao: " + message);
    }

    @Test
    void aMissingFileIsReportedAndTheOthersStillJoined() throws IOException {
        Result r = run("panel", dir.resolve("reports/2021.txt").toString(), dir.resolve("nope.txt").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("cannot read " + dir.resolve("nope.txt") + ": no such file");
        assertThat(r.row("GDP", "2021").get("reason").asText()).isEqualTo("no_outcome");
    }

    @Test
    void extractRecordsCarryTheirReportsContext() throws IOException {
        Result r = run("extract", dir.resolve("reports/2022.txt").toString());
        JsonNode first = r.lines().get(0);
        assertThat(first.get("report_date").asText()).isEqualTo("2022-01-18");
        assertThat(first.get("report_region").asText()).isEqualTo("明湖县");
        assertThat(first.get("report_kind").asText()).isEqualTo("work_report");
        assertThat(first.get("file").asText()).endsWith("2022.txt");
    }
}
