package io.github.zhibiao.examples.samples;

import io.github.zhibiao.core.Report;
import io.github.zhibiao.core.ReportParser;
import io.github.zhibiao.core.ReportWarning;
import io.github.zhibiao.core.Statement;
import io.github.zhibiao.numbers.Quantity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sample: read a report and list its facts and targets. Copy it to start.
 *
 * <p>Run it with {@code java -cp examples/target/zhibiao.jar io.github.zhibiao.examples.samples.ExtractReport}
 * for the built-in excerpt of the 2026 government work report of 平阴县 ({@code seeds/002_0d7a868e768d3975.txt}),
 * or add a file name to read a whole report. It prints lines such as
 * <pre>
 * FACT    GDP  地区生产总值  2025  change 5.8 PERCENT [increase]
 * TARGET  GDP  地区生产总值  2026  change 5.5 PERCENT about [increase]  (预期目标)
 * </pre>
 */
public final class ExtractReport {
    private ExtractReport() {
    }

    /**
     * Parses the excerpt, or the UTF-8 file named by the first argument.
     *
     * @param args optional path of a report
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        String text = args.length > 0 ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)
                : "——2026年1月27日在平阴县第十九届人民代表大会第六次会议上\n"
                        + "2025年，全县地区生产总值增长5.8%；规上工业增加值增长4.1%；制造业投资增长16.3%。\n"
                        + "2026年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。";

        // One parser serves any number of reports and threads; building it loads the catalog once.
        ReportParser parser = ReportParser.create();
        Report report = parser.parse(text);

        System.out.println(report.context());
        for (Statement s : report.statements()) {
            System.out.printf("%-6s  %s  %s  %s  %s%s%n",
                    s.kind(),
                    s.indicatorCode(),
                    s.name(),
                    s.period().map(p -> p.toIsoString()).orElse("?"),
                    s.value().map(v -> "value " + v + " ").orElse("")
                            + s.change().map(Quantity::toString).map(c -> "change " + c).orElse(""),
                    s.commitment().map(c -> "  (" + c + ")").orElse(""));
        }
        // A sentence the parser could not read is named here; the statements above are all the others.
        for (ReportWarning w : report.warnings()) {
            System.err.println("warning: " + w);
        }
    }
}
