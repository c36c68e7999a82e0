package io.github.zhibiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhibiao.numbers.Quantities;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
    /** From seeds/001_79fc8fbb23761516.txt. */
    private static final String SENTENCE = "2021年,平阴县规模以上工业营业收入350.19亿元,增长24%,增幅全市第一,"
            + "利润总额30.49亿元,居全市第三,发展形势喜人。";

    private static final ObjectMapper JSON = new ObjectMapper();

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
    }

    private static Result run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin), out, err);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private static void assumeScannerFindsQuantities() {
        assertThat(Quantities.scan(SENTENCE)).as("quantities in the test sentence").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void printsUsageForHelp(String option) {
        Result r = run("", option);

        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Usage: zhibiao COMMAND");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void printsUsageForCommandHelp() {
        Result r = run("", "quantities", "--help");

        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Usage:");
    }

    @Test
    void failsWithUsageWithoutCommand() {
        Result r = run("");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("zhibiao: no command given\n").contains("Usage:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "--frob", "quantities --frob", "quantities --format xml",
        "quantities --format", "quantities --date 2025-01-01"})
    void failsWithUsageOnBadCommandLine(String commandLine) {
        Result r = run("", commandLine.split(" "));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("zhibiao: ").contains("Usage:");
    }

    @Test
    void reportsMissingFileAndGoesOnWithTheOthers() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), SENTENCE);
        String missing = dir.resolve("missing.txt").toString();

        Result r = run("", "quantities", missing, good.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("zhibiao: cannot read " + missing + ": no such file\n");
        assertThat(r.lines()).allSatisfy(n -> assertThat(n.get("file").asText()).isEqualTo(good.toString()));
    }

    @Test
    void reportsEmptyDirectory() {
        Result r = run("", "quantities", dir.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("zhibiao: cannot read " + dir + ": directory holds no *.txt file\n");
    }

    @Test
    void replacesInvalidUtf8WithOneWarning() throws IOException {
        byte[] text = SENTENCE.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[text.length + 2];
        bad[0] = (byte) 0xff;
        bad[1] = (byte) 0xc3;
        System.arraycopy(text, 0, bad, 2, text.length);

        Result r = run(bad, "quantities");

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEqualTo("zhibiao: -: invalid UTF-8 replaced\n");
        for (JsonNode n : r.lines()) {
            String decoded = "\ufffd\ufffd" + SENTENCE;
            assertThat(decoded.substring(n.get("start").asInt(), n.get("end").asInt()))
                    .isEqualTo(n.get("text").asText());
        }
    }

    @Test
    void decodesUtf8KeepingTheByteOrderMark() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, (byte) 0xe5, (byte) 0xa2, (byte) 0x9e};

        assertThat(Decoding.detect(bom, bom.length, true)).isEqualTo(StandardCharsets.UTF_8);
        Decoding.Decoded in = Decoding.decode(bom, bom.length, StandardCharsets.UTF_8);

        assertThat(in.text()).isEqualTo("\ufeff增");
        assertThat(in.replaced()).isFalse();
    }

    @Test
    void scansStdinIntoJsonLines() throws IOException {
        assumeScannerFindsQuantities();

        Result r = run(SENTENCE, "quantities");

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        List<JsonNode> lines = r.lines();
        assertThat(lines).isNotEmpty().allSatisfy(n -> {
            assertThat(n.get("file").asText()).isEqualTo("-");
            assertThat(SENTENCE.substring(n.get("start").asInt(), n.get("end").asInt()))
                    .isEqualTo(n.get("text").asText());
            assertThat(n.fieldNames()).toIterable().containsExactly("file", "text", "start", "end", "value", "low",
                    "high", "unit", "classifier", "qualifier", "change");
        });
        JsonNode amount = lines.stream().filter(n -> n.get("text").asText().equals("350.19亿元")).findFirst()
                .orElseThrow();
        assertThat(amount.get("value").asText()).isEqualTo("35019000000");
        assertThat(amount.get("unit").asText()).isEqualTo("CNY");
        assertThat(amount.get("low").isNull()).isTrue();
        assertThat(amount.get("change").isNull()).isTrue();
        JsonNode growth = lines.stream().filter(n -> n.get("text").asText().contains("24%")).findFirst()
                .orElseThrow();
        assertThat(growth.get("value").asText()).isEqualTo("24");
        assertThat(growth.get("change").get("direction").asText()).isEqualTo("increase");
    }

    @Test
    void countsOffsetsFromTheByteOrderMark() throws IOException {
        assumeScannerFindsQuantities();
        Path file = Files.writeString(dir.resolve("bom.txt"), "\ufeff" + SENTENCE);

        Result r = run("", "quantities", file.toString());

        assertThat(r.lines()).isNotEmpty().allSatisfy(n -> assertThat(("\ufeff" + SENTENCE)
                .substring(n.get("start").asInt(), n.get("end").asInt())).isEqualTo(n.get("text").asText()));
    }

    @Test
    void printsCsvHeaderEvenWithoutRecords() {
        Result r = run("", "quantities", "--format", "csv");

        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("file,text,start,end,value,low,high,unit,").endsWith("\r\n");
    }

    @Test
    void printsTable() {
        assumeScannerFindsQuantities();

        Result r = run(SENTENCE, "quantities", "--format=table");

        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("file").contains("350.19亿元");
    }
}
