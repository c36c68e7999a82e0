package io.github.zhibiao.numbers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the failing cases of the peer-spec suites to {@code target/peer-failures.txt}. Each suite writes its own
 * section file ({@code target/peer-failures-<suite>.txt}, rewritten on every run), and the combined file is
 * rebuilt from all section files, so running one suite alone does not wipe the other's section (each section
 * carries the time it was written).
 */
final class PeerFailureReport {
    private PeerFailureReport() {
    }

    static Path targetDir() {
        return Path.of(System.getProperty("basedir", "."), "target");
    }

    static void write(String suite, String body) {
        Path dir = targetDir();
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("peer-failures-" + suite + ".txt"),
                    "=== " + suite + " (written " + Instant.now() + ") ===\n" + body + "\n",
                    StandardCharsets.UTF_8);
            List<Path> sections = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "peer-failures-*.txt")) {
                ds.forEach(sections::add);
            }
            sections.sort(null);
            StringBuilder all = new StringBuilder();
            for (Path p : sections) {
                all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
            Files.writeString(dir.resolve("peer-failures.txt"), all.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
