package io.github.zhibiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RobustnessTest {
    private static final ReportParser PARSER = ReportParser.create();

    private static List<String> seeds() throws IOException {
        Path dir = GoldEvaluationTest.seeds();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> txt = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
                    .collect(Collectors.toList());
            List<String> out = new ArrayList<>();
            for (Path p : txt) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        }
    }

    @Test
    void readsEmptyAndBlankText() {
        assertThat(PARSER.parse("").statements()).isEmpty();
        assertThat(PARSER.parse(" \n\n\t ").statements()).isEmpty();
        assertThat(PARSER.parse("").context().date()).isEmpty();
    }

    @Test
    void survivesBinaryGarbage() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            byte[] bytes = new byte[random.nextInt(20_000)];
            random.nextBytes(bytes);
            String latin = new String(bytes, StandardCharsets.ISO_8859_1);
            String utf = new String(bytes, StandardCharsets.UTF_8);
            StringBuilder chars = new StringBuilder();
            for (int i = 0; i < 5_000; i++) {
                chars.append((char) random.nextInt(0x10000)); // includes lone surrogates
            }
            for (String s : List.of(latin, utf, chars.toString())) {
                Report r = PARSER.parse(s);
                assertThat(r.statements()).allSatisfy(st -> assertThat(s.substring(st.start(), st.end()))
                        .isEqualTo(st.text()));
            }
        }
    }

    @Test
    void readsLongTextWithoutLineBreaksOrPunctuationInLinearTime() throws IOException {
        String seed = seeds().get(2);
        String oneLine = seed.replace('\n', '。').repeat(60);
        String noPunctuation = seed.replaceAll("[\\n。；，、：]", " ").repeat(20);
        long start = System.nanoTime();
        assertThat(PARSER.parse(oneLine).statements()).isNotEmpty();
        PARSER.parse(noPunctuation);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(20);
    }

    @Test
    void readsThroughHtmlResidue() {
        String html = "<html><body><div class=\"article\"><p>&nbsp;&nbsp;2025年，全县地区生产总值增长5.8%；"
                + "<span>规上工业增加值增长4.1%</span>。</p><script>var gdp=5.8;</script></div></body></html>";
        Report r = PARSER.parse(html, ReportContext.empty().withDate(java.time.LocalDate.of(2026, 1, 27)));
        assertThat(r.statements()).extracting(Statement::indicatorCode).contains("GDP");
    }

    @Test
    void isDeterministicAndGivesTheSameResultsOnManyThreads() throws Exception {
        List<String> seeds = seeds();
        List<Report> expected = new ArrayList<>();
        for (String s : seeds) {
            expected.add(PARSER.parse(s));
        }
        for (int i = 0; i < seeds.size(); i++) {
            assertThat(PARSER.parse(seeds.get(i))).isEqualTo(expected.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (int i = 0; i < seeds.size(); i++) {
                    int k = i;
                    results.add(pool.submit(() -> PARSER.parse(seeds.get(k)).equals(expected.get(k))));
                }
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsFiftyMegabytesInBoundedTimeAndMemory() throws IOException {
        List<String> seeds = seeds();
        StringBuilder sb = new StringBuilder();
        long bytes = 0;
        int round = 0;
        while (bytes < 50L * 1024 * 1024) {
            String s = seeds.get(round++ % seeds.size());
            sb.append(s).append('\n');
            bytes += s.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        String big = sb.toString();
        sb = null;
        PARSER.parse(seeds.get(2)); // warm up the tables
        long start = System.nanoTime();
        Report r = PARSER.parse(big);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "50 MB: %d chars, %d statements, %.2f s, %.1f MB/s%n", big.length(),
                r.statements().size(), seconds, bytes / 1048576.0 / seconds);
        assertThat(r.statements()).isNotEmpty();
        assertThat(seconds).isLessThan(60);
    }
}
