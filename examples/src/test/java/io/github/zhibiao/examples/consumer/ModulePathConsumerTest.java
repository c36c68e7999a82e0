package io.github.zhibiao.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module-path project that says {@code requires io.github.zhibiao.core} alone compiles and runs. */
class ModulePathConsumerTest {
    private static final String MODULE_INFO = """
            module consumer {
                requires io.github.zhibiao.core;
            }
            """;

    private static final String MAIN = """
            package consumer;

            import io.github.zhibiao.core.Report;
            import io.github.zhibiao.core.ReportParser;
            import io.github.zhibiao.core.Statement;
            import io.github.zhibiao.core.panel.Panel;
            import io.github.zhibiao.numbers.Quantities;
            import io.github.zhibiao.numbers.Quantity;

            public final class Main {
                public static void main(String[] args) {
                    Quantity q = Quantities.parse("350.19亿元");
                    System.out.println(q.unit() + " " + q.toSi());
                    Report report = ReportParser.create().parse("2025年，全县地区生产总值增长5.8%。");
                    for (Statement s : report.statements()) {
                        System.out.println(s.indicatorCode() + " " + s.change().map(Quantity::toString).orElse("-"));
                    }
                    System.out.println(Panel.builder().add("a.txt", report).build().cells().size());
                }
            }
            """;

    @Test
    void aModuleThatRequiresCoreAloneCompilesAndRuns(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("consumer"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve("consumer/Main.java"), MAIN);
        Path out = dir.resolve("out");
        String modulePath = JavaRunner.path(JavaRunner.coreModule(), JavaRunner.numbersModule());

        JavaRunner.compile(src, out, List.of("--module-path", modulePath));
        String printed = JavaRunner.run(dir, List.of(
                "--module-path", JavaRunner.path(out, JavaRunner.coreModule(), JavaRunner.numbersModule()),
                "-m", "consumer/consumer.Main"));

        assertThat(printed.lines()).first().asString().startsWith("CNY");
        assertThat(printed).contains("GDP ");
    }

    @Test
    void coreExportsTheApiPackagesOnlyAndPassesNumbersOn() {
        ModuleDescriptor core = ModuleFinder.of(JavaRunner.coreModule()).find("io.github.zhibiao.core")
                .orElseThrow().descriptor();
        assertThat(core.isAutomatic()).isFalse();
        assertThat(core.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("io.github.zhibiao.core", "io.github.zhibiao.core.panel");
        assertThat(core.requires()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("io.github.zhibiao.numbers");
            assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        });
        assertThat(core.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("java.base", "io.github.zhibiao.numbers");

        ModuleDescriptor numbers = ModuleFinder.of(JavaRunner.numbersModule()).find("io.github.zhibiao.numbers")
                .orElseThrow().descriptor();
        assertThat(numbers.isAutomatic()).isFalse();
        assertThat(numbers.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactly("io.github.zhibiao.numbers");
    }
}
