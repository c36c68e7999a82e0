package io.github.zhibiao.benchmarks;

import io.github.zhibiao.core.Report;
import io.github.zhibiao.core.ReportParser;
import io.github.zhibiao.numbers.Quantities;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures what a user of the command line waits for: the time from the start of the JVM to the first quantity
 * scan and to the first parsed report, in a fresh JVM. The JVM's start stamp comes after the launcher has loaded
 * the JVM (some 50 ms), so compare with {@code time} for the whole wait.
 *
 * <pre>
 * java -cp benchmarks/target/zhibiao-benchmarks.jar io.github.zhibiao.benchmarks.StartupTime seeds/002_0d7a868e768d3975.txt
 * </pre>
 * Run it several times and take the median; the first run after a build also pays for a cold disk cache. The
 * whole command line, output included, is measured with
 * {@code time java -jar examples/target/zhibiao.jar extract seeds/002_0d7a868e768d3975.txt >/dev/null}.
 */
public final class StartupTime {
    private StartupTime() {
    }

    /**
     * Scans and parses one report once and prints the elapsed times to stdout.
     *
     * @param args the report to read (default {@code seeds/002_0d7a868e768d3975.txt})
     * @throws IOException if the report cannot be read
     */
    public static void main(String[] args) throws IOException {
        long mainNanos = System.nanoTime();
        // The JVM's own start stamp (milliseconds); the OS process start time is only precise to a second on Linux.
        long toMainMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();

        Path file = Path.of(args.length > 0 ? args[0] : "seeds/002_0d7a868e768d3975.txt");
        String text = Files.readString(file, StandardCharsets.UTF_8);

        long t0 = System.nanoTime();
        int mentions = Quantities.scan(text).size();
        long t1 = System.nanoTime();
        Report report = ReportParser.create().parse(text);
        long t2 = System.nanoTime();
        Report again = ReportParser.create().parse(text);
        long t3 = System.nanoTime();

        System.out.printf(Locale.ROOT, "%s: %d UTF-8 bytes, %d quantities, %d statements (%d again)%n", file,
                text.getBytes(StandardCharsets.UTF_8).length, mentions, report.statements().size(),
                again.statements().size());
        System.out.printf(Locale.ROOT, "JVM start -> main:                   %5d ms%n", toMainMillis);
        System.out.printf(Locale.ROOT, "first Quantities.scan:               %5d ms (JVM start -> %d ms)%n",
                ms(t1 - t0), toMainMillis + ms(t1 - mainNanos));
        System.out.printf(Locale.ROOT, "first ReportParser create + parse:   %5d ms (JVM start -> %d ms)%n",
                ms(t2 - t1), toMainMillis + ms(t2 - mainNanos));
        System.out.printf(Locale.ROOT, "second create + parse (warm tables): %5d ms%n", ms(t3 - t2));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
