package io.github.zhibiao.benchmarks;

import io.github.zhibiao.core.ReportParser;
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
 * Throughput of {@link ReportParser#parse(CharSequence)} over the whole seed corpus: one operation parses every
 * seed report once with one shared parser.
 *
 * <p>Run from the project root:
 * <pre>
 * java -cp benchmarks/target/zhibiao-benchmarks.jar ExtractBenchmark -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 * As in {@link ScanBenchmark}, {@code parseCorpus:utf8Bytes} is the UTF-8 bytes read per second (divide by 10^6
 * for MB/s) and {@code gc.alloc.rate.norm} the bytes allocated per corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractBenchmark {
    private String[] texts;
    private long utf8Bytes;
    private ReportParser parser;

    /** Loads the seeds and builds the parser once. */
    @Setup(Level.Trial)
    public void setUp() {
        Corpus corpus = Corpus.load();
        texts = corpus.texts().toArray(String[]::new);
        utf8Bytes = corpus.utf8Bytes();
        parser = ReportParser.create();
        System.err.println("ExtractBenchmark corpus: " + corpus.describe());
    }

    /**
     * Parses every seed report once.
     *
     * @param input the counter of bytes parsed
     * @return the number of statements found, so the work is not optimized away
     */
    @Benchmark
    public int parseCorpus(ByteCounter input) {
        int found = 0;
        for (String text : texts) {
            found += parser.parse(text).statements().size();
        }
        input.utf8Bytes += utf8Bytes;
        return found;
    }
}
