package io.github.zhibiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --version, -o FILE, --bom and @argfiles. */
class CliConventionsTest {
    @TempDir
    Path dir;

    private record Result(int status, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]), out, err);
        return new Result(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsAVersion() {
        Result r = run("--version");
        assertThat(r.status()).isZero();
        assertThat(r.text()).startsWith("zhibiao ").endsWith("\n");
    }

    @Test
    void writesToAFileWithAByteOrderMarkWhenAsked() throws IOException {
        Path report = Files.writeString(dir.resolve("a.txt"), "——2026年1月27日在平阴县人民代表大会上\n全县地区生产总值增长5.8%。\n");
        Path csv = dir.resolve("out.csv");
        Result r = run("extract", "--format", "csv", "--bom", "-o", csv.toString(), report.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        byte[] written = Files.readAllBytes(csv);
        assertThat(written[0] & 0xff).isEqualTo(0xef);
        assertThat(written[1] & 0xff).isEqualTo(0xbb);
        assertThat(written[2] & 0xff).isEqualTo(0xbf);
        String text = new String(written, 3, written.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(2);
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains(",GDP,").contains(",5.8,");
    }

    @Test
    void namesAnOutputFileItCannotWrite() {
        Result r = run("quantities", "-o", dir.resolve("missing").resolve("x.jsonl").toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).startsWith("zhibiao: cannot write " + dir.resolve("missing").resolve("x.jsonl") + ": ");
    }

    @Test
    void readsArgumentsFromAFile() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "增长5%\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "下降3%\n");
        Path list = Files.writeString(dir.resolve("files.txt"), "# the corpus\n" + a + "\n\n" + b + "\n");
        Result r = run("quantities", "@" + list);
        assertThat(r.status()).isZero();
        assertThat(r.text().lines()).hasSize(2);
        assertThat(r.text()).contains("\"text\":\"增长5%\"").contains("\"text\":\"下降3%\"");
        Result missing = run("quantities", "@" + dir.resolve("none.txt"));
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).startsWith("zhibiao: cannot read argument file " + dir.resolve("none.txt"));
    }
}
