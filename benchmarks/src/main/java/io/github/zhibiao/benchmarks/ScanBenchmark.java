package io.github.zhibiao.benchmarks;

import io.github.zhibiao.numbers.Quantities;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link Quantities#scan} over the whole seed corpus: one operation scans every seed report once.
 *
 * <p>Run from the project root:
 * <pre>
 * java -cp benchmarks/target/zhibiao-benchmarks.jar ScanBenchmark -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 * Besides ops/s, JMH prints the secondary result {@code scanCorpus:utf8Bytes}, the UTF-8 bytes scanned per
 * second: divide by 10^6 for MB/s. {@code gc.alloc.rate.norm} is the bytes allocated per operation, that is
 * per corpus; the corpus size is printed to stderr at setup, so allocation per MB of input is
 * {@code gc.alloc.rate.norm / (utf8 bytes / 10^6)}. The seeds directory is {@code seeds} relative to the working
 * directory, or {@code -jvmArgsAppend -Dzhibiao.seeds=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScanBenchmark {
    private String[] texts;
    private long utf8Bytes;

    /** Loads the seeds once and prints their size. */
    @Setup(Level.Trial)
    public void loadCorpus() {
        Corpus corpus = Corpus.load();
        texts = corpus.texts().toArray(String[]::new);
        utf8Bytes = corpus.utf8Bytes();
        System.err.println("ScanBenchmark corpus: " + corpus.describe());
    }

    /**
     * Scans every seed report once.
     *
     * @param input the counter of bytes scanned
     * @return the number of mentions found, so the work is not optimized away
     */
    @Benchmark
    public int scanCorpus(ByteCounter input) {
        int found = 0;
        for (String text : texts) {
            found += Quantities.scan(text).size();
        }
        input.utf8Bytes += utf8Bytes;
        return found;
    }
}
