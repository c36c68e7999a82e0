package io.github.zhibiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --text report|general} of {@code quantities}, after the command or before it. */
class TextOptionTest {
    private static final String TEXT = "答案是四不是五，共5家";

    private static String[] run(String commandLine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(commandLine.split(" "), new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)),
                out, err);
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @ParameterizedTest
    @ValueSource(strings = {"quantities --text general", "quantities --text=general", "--text general quantities",
        "--text=general quantities -", "--format jsonl --text general quantities"})
    void generalTextReadsLoneNumerals(String commandLine) {
        String[] r = run(commandLine);
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1].lines()).hasSize(3);
        assertThat(r[1]).contains("\"text\":\"四\",\"start\":3,\"end\":4,\"value\":\"4\"")
                .contains("\"text\":\"五\"").contains("\"text\":\"5家\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quantities", "quantities --text report", "--text report quantities"})
    void reportTextIsTheDefault(String commandLine) {
        String[] r = run(commandLine);
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1].lines()).hasSize(1);
        assertThat(r[1]).contains("\"text\":\"5家\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quantities --text poetry", "quantities --text", "extract --text general",
        "--text general", "--text general frobnicate"})
    void failsWithUsageOnBadTextOption(String commandLine) {
        String[] r = run(commandLine);
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).isEmpty();
        assertThat(r[2]).startsWith("zhibiao: ").contains("Usage:");
    }
}
