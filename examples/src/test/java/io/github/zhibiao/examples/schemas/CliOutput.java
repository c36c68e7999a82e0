package io.github.zhibiao.examples.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The CLI's standard output for the seeds, from a fresh JVM run as a user runs it. */
final class CliOutput {
    private CliOutput() {
    }

    /** The repository root: the folder above the working directory that holds README.md and seeds/. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("seeds")) && Files.isRegularFile(dir.resolve("README.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no seeds/ above " + Path.of("").toAbsolutePath());
    }

    /** Runs {@code zhibiao COMMAND seeds/*.txt} from the repository root and returns its output lines. */
    static List<String> onSeeds(String command) throws IOException, InterruptedException {
        Path root = root();
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.github.zhibiao.examples.cli.Main", command));
        try (Stream<Path> seeds = Files.list(root.resolve("seeds"))) {
            seeds.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .forEach(p -> args.add(root.relativize(p).toString()));
        }
        Path err = Files.createTempFile("zhibiao-cli", ".err");
        try {
            Process p = new ProcessBuilder(args).directory(root.toFile()).redirectError(err.toFile()).start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("%s%n%s", args, Files.readString(err)).isZero();
            return new String(out, StandardCharsets.UTF_8).lines().toList();
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
