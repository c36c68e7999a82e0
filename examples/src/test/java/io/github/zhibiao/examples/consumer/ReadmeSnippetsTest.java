package io.github.zhibiao.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the README is code a user can paste: its {@code import} lines, then statements.
 * Each block becomes the body of a {@code main} method, is compiled on the class path (a Maven project) and as a
 * module that says {@code requires io.github.zhibiao.core} alone (a module-path project), and both are run from
 * the repository root, where {@code seeds/} is.
 */
class ReadmeSnippetsTest {
    private static Path root;
    private static List<List<String>> blocks;

    @BeforeAll
    static void readTheReadme() throws IOException {
        root = repositoryRoot();
        blocks = javaBlocks(Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8));
    }

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("seeds"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no README.md beside seeds/ above " + Path.of("").toAbsolutePath());
    }

    static List<List<String>> javaBlocks(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (current == null && line.strip().equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && line.strip().equals("```")) {
                out.add(current);
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return out;
    }

    /** {@code a.verdict();   // MISSED}: an expression, then the value it shows (a comment in prose starts lower-case). */
    private static final Pattern SHOWN = Pattern.compile("^(\\s*)([^=\\s][^=]*\\));\\s*//\\s*([^a-z\\s].*)$");

    /**
     * A block as a class: its imports on top, every other line inside {@code main}. A line such as
     * {@code q.unit();  // CNY} checks that the expression prints as the comment begins.
     */
    static String asClass(String pkg, String name, List<String> block) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : block) {
            Matcher shown = SHOWN.matcher(line);
            if (line.startsWith("import ")) {
                imports.append(line).append('\n');
            } else if (shown.matches()) {
                body.append(shown.group(1)).append("shows(").append(shown.group(2)).append(", \"")
                        .append(shown.group(3).replace("\\", "\\\\").replace("\"", "\\\""))
                        .append("\");\n");
            } else {
                body.append(line).append('\n');
            }
        }
        return (pkg == null ? "" : "package " + pkg + ";\n\n") + imports
                + "\npublic final class " + name + " {\n"
                + "    public static void main(String[] args) throws Exception {\n"
                + body
                + "    }\n\n"
                + "    private static void shows(Object actual, String comment) {\n"
                + "        if (!comment.startsWith(String.valueOf(actual))) {\n"
                + "            throw new AssertionError(\"README says \" + comment + \" but it is \" + actual);\n"
                + "        }\n"
                + "    }\n}\n";
    }

    @Test
    void aCommentAfterAnExpressionIsCheckedAgainstItsValue() {
        String code = asClass(null, "S", List.of("q.unit();         // CNY", "a.gap();  // every statement",
                "Quantity q = Quantities.parse(\"1亿元\");  // Strict"));
        assertThat(code).contains("shows(q.unit(), \"CNY\");", "a.gap();  // every statement",
                "Quantity q = Quantities.parse(\"1亿元\");  // Strict");
    }

    @Test
    void theReadmeHasJavaSnippetsAndEachNamesItsImports() {
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(3);
        for (List<String> block : blocks) {
            assertThat(block).as("a snippet that starts with its imports").first().asString().startsWith("import ");
            assertThat(block).as("no wildcard imports (Period would clash with java.time.Period)")
                    .noneMatch(l -> l.startsWith("import ") && l.contains("*"));
        }
    }

    @Test
    void everySnippetCompilesAndRunsOnTheClassPath(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        for (int i = 0; i < blocks.size(); i++) {
            Files.writeString(src.resolve("Snippet" + (i + 1) + ".java"), asClass(null, "Snippet" + (i + 1),
                    blocks.get(i)));
        }
        Path out = dir.resolve("out");
        String classPath = JavaRunner.path(JavaRunner.coreModule(), JavaRunner.numbersModule());
        JavaRunner.compile(src, out, List.of("--class-path", classPath));
        for (int i = 0; i < blocks.size(); i++) {
            String printed = JavaRunner.run(root, List.of("--class-path", JavaRunner.path(out,
                    JavaRunner.coreModule(), JavaRunner.numbersModule()), "Snippet" + (i + 1)));
            assertThat(printed).as("snippet %d prints values, not Optional wrappers", i + 1)
                    .doesNotContain("Optional[");
        }
    }

    @Test
    void everySnippetCompilesAndRunsInAModuleThatRequiresCoreAlone(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("readme"));
        Files.writeString(src.resolve("module-info.java"), "module readme {\n    requires io.github.zhibiao.core;\n}\n");
        for (int i = 0; i < blocks.size(); i++) {
            Files.writeString(src.resolve("readme/Snippet" + (i + 1) + ".java"),
                    asClass("readme", "Snippet" + (i + 1), blocks.get(i)));
        }
        Path out = dir.resolve("out");
        String modulePath = JavaRunner.path(JavaRunner.coreModule(), JavaRunner.numbersModule());
        JavaRunner.compile(src, out, List.of("--module-path", modulePath));
        String printed = "";
        for (int i = 0; i < blocks.size(); i++) {
            printed += JavaRunner.run(root, List.of("--module-path", JavaRunner.path(out, JavaRunner.coreModule(),
                    JavaRunner.numbersModule()), "-m", "readme/readme.Snippet" + (i + 1)));
        }
        assertThat(printed).contains("35600000000 CNY", "GDP 2026");
    }
}
