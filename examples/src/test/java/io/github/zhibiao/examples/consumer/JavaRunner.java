package io.github.zhibiao.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.core.ReportParser;
import io.github.zhibiao.numbers.Quantities;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles Java sources with javax.tools and runs them in a fresh JVM, as a user's project would. */
final class JavaRunner {
    private JavaRunner() {
    }

    /** The jar (or classes folder) that holds the {@code core} module, as the build resolved it. */
    static Path coreModule() {
        return locationOf(ReportParser.class);
    }

    /** The jar (or classes folder) that holds the {@code numbers} module. */
    static Path numbersModule() {
        return locationOf(Quantities.class);
    }

    static String path(Path... entries) {
        return Stream.of(entries).map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles every {@code .java} file under {@code sourceRoot} into {@code out}; fails the test on an error. */
    static void compile(Path sourceRoot, Path out, List<String> options) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK, not a JRE, runs the tests").isNotNull();
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("-encoding", "UTF-8", "-Xlint:all", "-Werror", "-d", out.toString()));
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, args.toArray(String[]::new));
        assertThat(status).as("javac %s%n%s", args, errors.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** Runs {@code java ARGS} in {@code workDir} and returns its standard output; fails the test on a non-zero exit. */
    static String run(Path workDir, List<String> javaArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dstdout.encoding=UTF-8");
        command.addAll(javaArgs);
        Path err = Files.createTempFile("zhibiao-run", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectError(err.toFile()).start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as("exit of %s%n%s", command, stderr).isZero();
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
