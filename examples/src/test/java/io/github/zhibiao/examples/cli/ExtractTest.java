package io.github.zhibiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractTest {
    /** From seeds/002_0d7a868e768d3975.txt (the 2026 government work report of 平阴县). */
    private static final String REPORT = "2025年，是“十四五”收官之年。全县地区生产总值增长5.8%；规上工业增加值增长4.1%。"
            + "173家规上工业企业完成产值356亿元、增长3.3%。";

    private static final ObjectMapper JSON = new ObjectMapper();

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
    }

    private static Result run(String stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e);
        return new Result(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void extractsFactsAsJsonLinesWithPlacedQuantities() throws IOException {
        Result r = run(REPORT, "extract", "--date", "2026-01-27", "--region", "平阴县");

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        List<JsonNode> facts = r.lines();
        assertThat(facts).isNotEmpty().allSatisfy(n -> {
            assertThat(n.fieldNames()).toIterable().containsExactly("file", "kind", "indicator", "name", "subject",
                    "period", "value", "change", "qualifier", "commitment", "rank", "estimated", "text", "start",
                    "end", "report_date", "report_region", "report_kind");
            assertThat(n.get("file").asText()).isEqualTo("-");
            assertThat(REPORT.substring(n.get("start").asInt(), n.get("end").asInt()))
                    .isEqualTo(n.get("text").asText());
            for (String field : List.of("value", "change")) {
                JsonNode q = n.get(field);
                if (!q.isNull() && !q.get("text").isNull()) {
                    assertThat(REPORT.substring(q.get("start").asInt(), q.get("end").asInt()))
                            .isEqualTo(q.get("text").asText());
                }
            }
        });
        JsonNode gdp = facts.stream().filter(n -> n.get("indicator").asText().equals("GDP")).findFirst()
                .orElseThrow();
        assertThat(gdp.get("kind").asText()).isEqualTo("fact");
        assertThat(gdp.get("subject").asText()).isEqualTo("平阴县");
        JsonNode change = gdp.get("change");
        assertThat(change.get("text").asText()).isEqualTo("增长5.8%");
        assertThat(change.get("value").asText()).isEqualTo("5.8");
        assertThat(change.get("unit").asText()).isEqualTo("PERCENT");
        assertThat(change.get("change").get("direction").asText()).isEqualTo("increase");
    }

    @Test
    void printsCsvWithHeader() {
        Result r = run(REPORT, "extract", "--format", "csv");

        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("file,kind,indicator,name,subject,period,").contains("\r\n-,fact,GDP,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--date=2026-13-01", "--date=yesterday", "--region= "})
    void rejectsBadOptionValues(String option) {
        Result r = run(REPORT, "extract", option);

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("zhibiao: --").contains("Usage:");
    }
}
