package io.github.zhibiao.examples.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.zhibiao.core.ReportKind;
import io.github.zhibiao.numbers.Qualifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Lines of {@code quantities} and {@code extract} on the seeds match the published schemas
 * ({@code examples/src/main/resources/schemas/}), field by field and type by type.
 */
class OutputSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schemaNode(String command) {
        try (InputStream in = OutputSchemaTest.class.getResourceAsStream("/schemas/" + command + ".schema.json")) {
            assertThat(in).as("schema of %s", command).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema(String command) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaNode(command).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"quantities", "extract"})
    void everyLineOfTheSeedsMatchesTheSchema(String command) throws Exception {
        Schema schema = schema(command);
        List<String> lines = CliOutput.onSeeds(command);
        assertThat(lines).hasSizeGreaterThan(100);
        List<String> bad = new ArrayList<>();
        for (String line : lines) {
            var errors = schema.validate(JSON.readTree(line));
            if (!errors.isEmpty()) {
                bad.add(errors + " in " + line);
            }
        }
        assertThat(bad).as("lines that do not match %s.schema.json", command).isEmpty();
    }

    @Test
    void anAmountAsAJsonNumberOrAMissingFieldIsRejected() throws Exception {
        Schema schema = schema("quantities");
        String good = "{\"file\":\"-\",\"text\":\"增长5%\",\"start\":0,\"end\":4,\"value\":\"5\",\"low\":null,"
                + "\"high\":null,\"unit\":\"PERCENT\",\"classifier\":null,\"qualifier\":null,"
                + "\"change\":{\"direction\":\"increase\",\"basis\":null}}";
        assertThat(schema.validate(JSON.readTree(good))).isEmpty();
        assertThat(schema.validate(JSON.readTree(good.replace("\"value\":\"5\"", "\"value\":5")))).isNotEmpty();
        assertThat(schema.validate(JSON.readTree(good.replace("\"classifier\":null,", "")))).isNotEmpty();
        assertThat(schema.validate(JSON.readTree(good.replace("\"qualifier\":null", "\"qualifier\":\"roughly\""))))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quantities", "extract"})
    void theSchemaHasAVersionAndItsCodeListsMatchTheLibrary(String command) {
        JsonNode schema = schemaNode(command);
        assertThat(schema.path("schema_version").asText()).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
        Set<String> qualifiers = new HashSet<>();
        for (Qualifier q : Qualifier.values()) {
            qualifiers.add(q == Qualifier.EXACT ? "null" : q.name().toLowerCase(Locale.ROOT));
        }
        Set<String> listed = new HashSet<>();
        schema.path("properties").path("qualifier").path("enum").forEach(n -> listed.add(n.isNull() ? "null" : n.asText()));
        assertThat(listed).isEqualTo(qualifiers);
        if (command.equals("extract")) {
            Set<String> kinds = new HashSet<>();
            for (ReportKind k : ReportKind.values()) {
                kinds.add(k == ReportKind.UNKNOWN ? "null" : k.name().toLowerCase(Locale.ROOT));
            }
            Set<String> listedKinds = new HashSet<>();
            schema.path("properties").path("report_kind").path("enum")
                    .forEach(n -> listedKinds.add(n.isNull() ? "null" : n.asText()));
            assertThat(listedKinds).isEqualTo(kinds);
        }
    }
}
