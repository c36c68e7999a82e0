package io.github.zhibiao.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scanning is linear in the length of the text (Quantities javadoc), even for adversarial text: one megachar
 * (2^20 chars) of each input below is scanned, and the time for 1 M is compared with the time for 256 K.
 *
 * <p>Against flakiness: each size is warmed up, timed as the best of several runs, and the bound is generous
 * (1 M &lt; 10 × 256 K + 200 ms; linear would be 4 ×, quadratic 16 ×). A measurement that misses the bound is
 * repeated up to three times before the test fails. A hard timeout keeps a quadratic scanner from hanging the
 * build.
 */
class LinearTimeTest {
    private static final int MB = 1 << 20;
    private static final int QUARTER = MB / 4;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("1111…", (IntFunction<String>) n -> repeat("1", n)),
                Arguments.of("一一一…", (IntFunction<String>) n -> repeat("一", n)),
                Arguments.of("万万万…", (IntFunction<String>) n -> repeat("万", n)),
                Arguments.of("1.1.1.1…", (IntFunction<String>) n -> repeat("1.", n)),
                Arguments.of("%%%…", (IntFunction<String>) n -> repeat("%", n)),
                Arguments.of("1,1,1,…", (IntFunction<String>) n -> repeat("1,", n)),
                Arguments.of("增长增长…", (IntFunction<String>) n -> repeat("增长", n)),
                Arguments.of("约约约…1", (IntFunction<String>) n -> repeat("约", n - 1) + "1"),
                Arguments.of("１２３４５…", (IntFunction<String>) n -> repeat("１２３４５", n)),
                Arguments.of("1万1万1万…", (IntFunction<String>) n -> repeat("1万", n)),
                Arguments.of("1-1-1-…", (IntFunction<String>) n -> repeat("1-", n)),
                Arguments.of("增长1%增长1%…", (IntFunction<String>) n -> repeat("增长1%，", n)),
                Arguments.of("random mix", (IntFunction<String>) LinearTimeTest::randomMix));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void scanningIsLinear(String name, IntFunction<String> gen) {
        String quarter = gen.apply(QUARTER);
        String full = gen.apply(MB);
        assertThat(full).hasSize(MB);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            // warm-up: the small size twice, the large once (this also shows the scan finishes)
            Quantities.scan(quarter);
            Quantities.scan(quarter);
            List<QuantityMention> ms = Quantities.scan(full);
            QuantitiesPropertyTest.checkSpansOf(full, ms);
            long tq = 0;
            long tf = 0;
            for (int attempt = 1; attempt <= 3; attempt++) {
                tq = bestNanos(quarter, 3);
                tf = bestNanos(full, 2);
                if (withinBounds(tq, tf)) {
                    break;
                }
            }
            System.out.printf("%-14s 256K %6d ms   1M %6d ms   ratio %.1f%n", name, tq / 1_000_000,
                    tf / 1_000_000, (double) tf / Math.max(1, tq));
            assertThat(tf / 1_000_000).as("%s: 1M scan ms < 5000", name).isLessThan(5000);
            assertThat(tf).as("%s: 1M time (%d ms) < 10 × 256K time (%d ms) + 200 ms", name, tf / 1_000_000,
                    tq / 1_000_000).isLessThan(10 * tq + 200_000_000L);
        }, name + ": scanning 1M chars did not finish within 60 s");
    }

    private static boolean withinBounds(long tq, long tf) {
        return tf < 10 * tq + 200_000_000L && tf < 5_000_000_000L;
    }

    private static long bestNanos(String s, int runs) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Quantities.scan(s);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    /** {@code unit} repeated and cut to exactly {@code n} chars. */
    private static String repeat(String unit, int n) {
        StringBuilder sb = new StringBuilder(n + unit.length());
        while (sb.length() < n) {
            sb.append(unit);
        }
        sb.setLength(n);
        return sb.toString();
    }

    private static String randomMix(int n) {
        Random r = new Random(42);
        List<String> tokens = QuantitiesPropertyTest.TOKENS;
        StringBuilder sb = new StringBuilder(n + 20);
        while (sb.length() < n) {
            sb.append(tokens.get(r.nextInt(tokens.size())));
        }
        sb.setLength(n);
        return sb.toString();
    }
}
