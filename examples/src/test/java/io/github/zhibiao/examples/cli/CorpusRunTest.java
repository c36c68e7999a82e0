package io.github.zhibiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line over many files: encodings, directories, threads, manifests, write errors and closed pipes.
 * Copies of the seeds in other encodings are made here, at run time.
 */
class CorpusRunTest {
    private static List<Path> seeds;

    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    @BeforeAll
    static void findSeeds() throws IOException {
        Path d = Paths.get("").toAbsolutePath();
        while (d != null && !Files.exists(d.resolve("seeds").resolve("README.md"))) {
            d = d.getParent();
        }
        assertThat(d).as("seeds/ above the working directory").isNotNull();
        try (Stream<Path> files = Files.list(d.resolve("seeds"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        assertThat(seeds).hasSize(5);
    }

    static Result run(String... args) {
        return run(new ByteArrayOutputStream(), args);
    }

    static Result run(OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]), out, err);
        String printed = out instanceof ByteArrayOutputStream
                ? ((ByteArrayOutputStream) out).toString(StandardCharsets.UTF_8) : "";
        return new Result(status, printed, err.toString(StandardCharsets.UTF_8));
    }

    /** Writes each seed into {@code sub} in {@code charset}, optionally after a byte order mark, same names. */
    private Path copies(String sub, Charset charset, byte[] bom) throws IOException {
        Path d = Files.createDirectories(dir.resolve(sub));
        for (Path s : seeds) {
            byte[] body = Files.readString(s, StandardCharsets.UTF_8).getBytes(charset);
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            Files.write(d.resolve(s.getFileName()), all);
        }
        return d;
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "quantities"})
    void aGb18030CopyOfEachSeedGivesTheSameRecords(String command) throws IOException {
        Path utf8 = copies("utf8", StandardCharsets.UTF_8, new byte[0]);
        Path gb = copies("gb", Charset.forName("GB18030"), new byte[0]);
        Result a = run(command, utf8.toString());
        Result b = run(command, gb.toString());

        assertThat(a.status()).isZero();
        assertThat(b.status()).isZero();
        assertThat(a.out()).isNotEmpty();
        assertThat(b.out().replace(gb.toString(), utf8.toString())).isEqualTo(a.out());
        assertThat(withoutYearNotes(a.err())).isEmpty();
        StringBuilder notes = new StringBuilder();
        for (Path s : seeds) {
            notes.append("zhibiao: ").append(gb.resolve(s.getFileName()))
                    .append(": read as GB18030 (not valid UTF-8)\n");
        }
        assertThat(withoutYearNotes(b.err())).isEqualTo(notes.toString());
        // forced, the same records and no note
        Result forced = run(command, "--encoding", "GB18030", gb.toString());
        assertThat(forced.out()).isEqualTo(b.out());
        assertThat(run(command, "--quiet", gb.toString()).err()).isEmpty();
    }

    /**
     * Stderr without the notes of undated seeds ("zhibiao: FILE: warning: [0, 0) no date line, …"): the seed
     * news pages 000 and 001 state no year, and saying so is right.
     */
    private static String withoutYearNotes(String err) {
        return err.lines().filter(l -> !l.contains(": warning: ["))
                .map(l -> l + "\n").collect(Collectors.joining());
    }

    /** Columns: charset | byte order mark (hex) | the note on stderr, or empty for none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        UTF-8    | efbbbf |
        UTF-16LE | fffe   | read as UTF-16LE (byte order mark)
        UTF-16BE | feff   | read as UTF-16BE (byte order mark)
        """)
    void aCopyWithAByteOrderMarkGivesTheSameRecords(String charset, String bom, String note) throws IOException {
        byte[] mark = java.util.HexFormat.of().parseHex(bom);
        Path reference = copies("utf8bom", StandardCharsets.UTF_8, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        Path other = copies("other", Charset.forName(charset), mark);
        Result a = run("extract", reference.toString());
        Result b = run("extract", other.toString());

        assertThat(b.status()).isZero();
        assertThat(b.out().replace(other.toString(), reference.toString())).isEqualTo(a.out()).isNotEmpty();
        assertThat(withoutYearNotes(b.err()).lines().map(l -> l.replaceAll("^zhibiao: [^:]*: ", "")).distinct())
                .containsExactly(note == null ? new String[0] : new String[] {note});
    }

    @Test
    void aDirectoryIsReadRecursivelyInPathOrderAndThreadsDoNotChangeTheOutput() throws IOException {
        // 60 copies of the seeds in nested directories, written out of order; only *.txt files count
        List<Path> expected = new ArrayList<>();
        for (int k = 59; k >= 0; k--) {
            Path sub = Files.createDirectories(dir.resolve("corpus").resolve(String.format("%02d", k % 7))
                    .resolve("r" + k));
            for (Path s : seeds) {
                Path copy = sub.resolve(s.getFileName());
                Files.copy(s, copy);
                expected.add(copy);
            }
            Files.writeString(sub.resolve("notes.md"), "增长5%");
        }
        expected.sort(java.util.Comparator.comparing(Path::toString));
        Path corpus = dir.resolve("corpus");

        Result one = run("extract", "--threads", "1", corpus.toString());
        Result four = run("extract", "--threads", "4", corpus.toString());
        Result byDefault = run("extract", corpus.toString());

        assertThat(one.status()).isZero();
        assertThat(withoutYearNotes(one.err())).isEmpty();
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(byDefault.out()).isEqualTo(one.out());
        List<String> files = one.out().lines().map(l -> l.substring(9, l.indexOf('"', 9))).distinct()
                .collect(Collectors.toList());
        List<String> withRecords = expected.stream().map(Path::toString)
                .filter(p -> !p.endsWith("000_3acc632bb55c3966.txt")).collect(Collectors.toList());
        assertThat(files).isEqualTo(withRecords);
        Result quantities = run("quantities", "--threads", "3", "--format", "csv", corpus.toString());
        assertThat(quantities.out()).isEqualTo(run("quantities", "--threads", "1", "--format", "csv",
                corpus.toString()).out());
    }

    @Test
    void aDirectoryFollowsLinksToFilesButNotToDirectoriesAndNamesBrokenLinks() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("linked"));
        Path real = Files.writeString(dir.resolve("real.txt"), "增长5%");
        Files.createSymbolicLink(corpus.resolve("a.txt"), real);
        Files.createSymbolicLink(corpus.resolve("b.txt"), dir.resolve("missing.txt"));
        Files.createSymbolicLink(corpus.resolve("loop"), corpus);

        Result r = run("quantities", corpus.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).startsWith("{\"file\":\"" + corpus.resolve("a.txt") + "\",\"text\":\"增长5%\"")
                .hasLineCount(1);
        assertThat(r.err()).isEqualTo("zhibiao: cannot read " + corpus.resolve("b.txt") + ": broken symbolic link\n");
    }

    @Test
    void aManifestOverridesTheHeaderForItsFiles() throws IOException {
        Path report = Files.writeString(dir.resolve("甲.txt"), "全县地区生产总值增长5.8%。\n");
        Path other = Files.writeString(dir.resolve("乙.txt"), "全县地区生产总值增长5.8%。\n");
        Path manifest = Files.writeString(dir.resolve("manifest.csv"),
                "file,date,region,kind\r\n甲.txt,2026-01-27,平阴县,work_report\r\n\"乙.txt\",,东阿县,\r\n");

        Result r = run("extract", "--manifest", manifest.toString(), report.toString(), other.toString());

        assertThat(r.status()).isZero();
        assertThat(withoutYearNotes(r.err())).isEmpty();
        List<String> lines = r.out().lines().collect(Collectors.toList());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"subject\":\"平阴县\",\"period\":\"2025\"");
        assertThat(lines.get(1)).contains("\"subject\":\"东阿县\",\"period\":null");
    }

    @Test
    void aManifestRowThatNamesNoInputIsReported() throws IOException {
        Path report = Files.writeString(dir.resolve("甲.txt"), "全县地区生产总值增长5.8%。\n");
        Path manifest = Files.writeString(dir.resolve("manifest.csv"),
                "file,region\n甲.txt,平阴县\n乙.txt,东阿县\n丙.txt,\n");

        Result r = run("extract", "--manifest", manifest.toString(), report.toString());

        assertThat(r.status()).isZero();
        assertThat(withoutYearNotes(r.err())).isEqualTo("zhibiao: " + manifest + ": 2 rows name no input, such as " + dir.resolve("乙.txt")
                + "\n");
        assertThat(run("extract", "--quiet", "--manifest", manifest.toString(), report.toString()).err()).isEmpty();
    }

    /** Columns: manifest text | the message. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `file,date,place\n`                      | :1: unknown column "place" (file, date, region, kind)
        `date,region\n`                          | :1: no file column in "date,region"
        `file,date\na.txt,2026-13-01\n`          | :2: date "2026-13-01" is not a date like 2026-01-27
        `file,kind\na.txt,yearbook\n`            | :2: kind "yearbook" is not one of work_report, statistical_communique, news
        `file,date\na.txt,2026-01-01\na.txt,\n`  | :3: a.txt is listed twice
        `file,date\n"a.txt,2026-01-01\n`         | :3: a quoted field is not closed
        """)
    void aBadManifestNamesItsLine(String text, String message) throws IOException {
        Path manifest = Files.writeString(dir.resolve("m.csv"), text);

        Result r = run("extract", "--manifest", manifest.toString(), "-");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("zhibiao: " + manifest + message + "\n");
    }

    @Test
    void aFailedWriteEndsTheRunWithAMessage() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        Result r = run(full, "extract", seeds.get(2).toString(), seeds.get(3).toString());

        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("zhibiao: cannot write the output: No space left on device\n");
    }

    @Test
    void aClosedPipeEndsTheRunAtOnceAndQuietly() {
        int[] writes = {0};
        OutputStream pipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writes[0]++;
                throw new IOException("Broken pipe");
            }
        };
        List<String> many = new ArrayList<>();
        many.add("quantities");
        for (int k = 0; k < 50; k++) {
            many.add(seeds.get(2).toString());
        }
        Result r = run(pipe, many.toArray(String[]::new));

        assertThat(r.status()).isEqualTo(141);
        assertThat(r.err()).isEmpty();
        assertThat(writes[0]).isEqualTo(1);
    }

    @Test
    void aLargeInputIsReadInSectionsWithOffsetsIntoTheWholeText() throws IOException {
        String seed = Files.readString(seeds.get(2), StandardCharsets.UTF_8);
        StringBuilder big = new StringBuilder();
        while (big.length() < 3 * SourceReader.WHOLE / 2) {
            big.append(seed).append('\n');
        }
        String text = big.toString();
        Path file = Files.writeString(dir.resolve("big.txt"), text);

        Result q = run("quantities", file.toString());
        Result e = run("extract", file.toString());

        assertThat(q.status()).isZero();
        assertThat(e.status()).isZero();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String out : List.of(q.out(), e.out())) {
            for (String line : out.lines().collect(Collectors.toList())) {
                com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
                assertThat(text.substring(n.get("start").asInt(), n.get("end").asInt())).as(line)
                        .isEqualTo(n.get("text").asText());
            }
        }
        // each copy of the seed gives the records of the seed: the sections were cut between paragraphs
        int copies = (text.length() + 1) / (seed.length() + 1);
        assertThat(q.out().lines().count()).isEqualTo(io.github.zhibiao.numbers.Quantities.scan(seed).size() * copies);
        // extract drops a statement repeated within a section, so it reports each of the seed's statements once
        // per section at least, and nothing else (a section that starts mid-report may see other periods: it
        // does not know the section heading above it)
        java.util.function.Function<String, java.util.Set<String>> texts = out -> out.lines()
                .map(l -> l.substring(l.lastIndexOf("\"text\":"))
                        .replaceAll("\"(start|end)\":[0-9]+", ""))
                .collect(Collectors.toSet());
        assertThat(texts.apply(e.out())).isEqualTo(texts.apply(run("extract", seeds.get(2).toString()).out()));
        assertThat(e.out().lines().count()).isGreaterThan(93 * 5);
    }

    /** Columns: arguments | the first line on stderr. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        extract --date +99999-01-01     | zhibiao: --date +99999-01-01 is not a date like 2026-01-27
        extract --date 2026-1-27        | zhibiao: --date 2026-1-27 is not a date like 2026-01-27
        quantities --encoding KLINGON   | zhibiao: unknown encoding KLINGON (UTF-8, GB18030, GBK, UTF-16LE, Big5 ...)
        quantities --threads 0          | zhibiao: --threads 0 is not a number from 1 to 256
        quantities --threads many       | zhibiao: --threads many is not a number from 1 to 256
        quantities --manifest m.csv     | zhibiao: option --manifest belongs to extract
        """)
    void rejectsBadOptionValues(String args, String message) {
        Result r = run(args.split(" "));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().findFirst()).hasValue(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSONL", "Csv", "TABLE"})
    void formatNamesIgnoreCase(String format) {
        assertThat(run("quantities", "--format", format, seeds.get(1).toString()).status()).isZero();
    }

    @Test
    void aFileNameTheLocaleCannotRepresentIsExplained() {
        String saved = System.getProperty("sun.jnu.encoding");
        try {
            System.setProperty("sun.jnu.encoding", "ANSI_X3.4-1968");
            Result r = run("quantities", "\ufffd\ufffd\ufffd.txt");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("zhibiao: cannot read ???.txt: the file name has characters that the"
                    + " locale's encoding (US-ASCII) cannot represent; run with a UTF-8 locale,"
                    + " such as LANG=C.UTF-8\n");
        } finally {
            System.setProperty("sun.jnu.encoding", saved);
        }
    }

    @Test
    void progressShowsOnlyOnATerminalAndNotWithQuiet() {
        String[] args = {"quantities", seeds.get(1).toString(), seeds.get(2).toString()};
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(args, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err, true);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("\rzhibiao: 1/2 files, ").endsWith("\r\u001b[K");

        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        String[] quietArgs = {"quantities", "--quiet", seeds.get(1).toString(), seeds.get(2).toString()};
        Main.run(quietArgs, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), quiet, true);
        assertThat(quiet.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(run(args).err()).isEmpty();
    }

    @Test
    void progressLineNamesFilesMegabytesRateAndEta() {
        Progress p = new Progress(new java.io.PrintStream(new ByteArrayOutputStream()), false, 1300, 20_000_000);
        for (int k = 0; k < 325; k++) {
            p.done(15_384);
        }
        String line = p.line(System.nanoTime());
        assertThat(line).matches("zhibiao: 325/1300 files, 5\\.0/20\\.0 MB, [0-9.]+ MB/s, ETA [0-9]+:[0-9]{2}");
    }
}
