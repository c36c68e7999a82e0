package io.github.zhibiao.examples.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code ```sql} blocks load the CLI's JSON Lines for the seeds into DuckDB as written, with the
 * declared types, and keep every amount exact.
 */
class ReadmeDuckDbTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> sqlBlocks() throws Exception {
        String readme = Files.readString(CliOutput.root().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theReadmeQueriesLoadBothCommandsWithFixedTypesAndExactAmounts(@TempDir Path dir) throws Exception {
        List<String> facts = CliOutput.onSeeds("extract");
        List<String> quantities = CliOutput.onSeeds("quantities");
        Files.write(dir.resolve("facts.jsonl"), facts, StandardCharsets.UTF_8);
        Files.write(dir.resolve("quantities.jsonl"), quantities, StandardCharsets.UTF_8);
        List<String> blocks = sqlBlocks();
        assertThat(blocks).hasSize(2);

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (String block : blocks) {
                String sql = block.replace("'facts.jsonl'", "'" + dir.resolve("facts.jsonl") + "'")
                        .replace("'quantities.jsonl'", "'" + dir.resolve("quantities.jsonl") + "'");
                for (String statement : sql.split(";\\s*\\n")) {
                    if (!statement.isBlank()) {
                        st.execute(statement);
                    }
                }
            }
            assertThat(count(st, "facts")).isEqualTo(facts.size());
            assertThat(count(st, "quantities")).isEqualTo(quantities.size());

            // every amount reads back as the very decimal the line states
            try (ResultSet r = st.executeQuery("SELECT value FROM quantities")) {
                for (String line : quantities) {
                    assertThat(r.next()).isTrue();
                    JsonNode value = JSON.readTree(line).get("value");
                    BigDecimal read = r.getBigDecimal(1);
                    if (value.isNull()) {
                        assertThat(read).isNull();
                    } else {
                        assertThat(read).as(line).isEqualByComparingTo(value.asText());
                    }
                }
            }
            try (ResultSet r = st.executeQuery(
                    "SELECT typeof(change.value), typeof(report_date), typeof(estimated) FROM facts LIMIT 1")) {
                assertThat(r.next()).isTrue();
                assertThat(List.of(r.getString(1), r.getString(2), r.getString(3)))
                        .containsExactly("DECIMAL(38,10)", "DATE", "BOOLEAN");
            }
        }
    }

    private static long count(Statement st, String table) throws Exception {
        try (ResultSet r = st.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
