package io.github.zhibiao.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The seed reports the benchmarks run on: every {@code *.txt} in the directory named by the system property
 * {@code zhibiao.seeds} (default {@code seeds}, relative to the working directory), in name order.
 *
 * @param texts the decoded texts
 * @param utf8Bytes their total size in UTF-8 bytes
 * @param chars their total length in UTF-16 chars
 */
record Corpus(List<String> texts, long utf8Bytes, long chars) {
    /** The system property naming the seeds directory. */
    static final String PROPERTY = "zhibiao.seeds";

    /**
     * Loads the corpus.
     *
     * @return the corpus, never null
     * @throws IllegalStateException if the directory holds no {@code .txt} file
     * @throws UncheckedIOException if a file cannot be read
     */
    static Corpus load() {
        Path dir = Path.of(System.getProperty(PROPERTY, "seeds"));
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        long chars = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                String text = new String(b, StandardCharsets.UTF_8);
                texts.add(text);
                bytes += b.length;
                chars += text.length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seeds in " + dir.toAbsolutePath()
                    + " (set -D" + PROPERTY + "=DIR, with -jvmArgsAppend for forked JMH runs)", e);
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no .txt file in " + dir.toAbsolutePath() + " (set -D" + PROPERTY
                    + "=DIR)");
        }
        return new Corpus(List.copyOf(texts), bytes, chars);
    }

    /** @return e.g. "5 files, 28101 chars, 77355 UTF-8 bytes (0.0774 MB)" */
    String describe() {
        return String.format(Locale.ROOT, "%d files, %d chars, %d UTF-8 bytes (%.4f MB)", texts.size(), chars,
                utf8Bytes, utf8Bytes / 1e6);
    }
}
