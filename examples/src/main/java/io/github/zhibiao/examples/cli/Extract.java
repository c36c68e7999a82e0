package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.Report;
import io.github.zhibiao.core.ReportContext;
import io.github.zhibiao.core.ReportWarning;
import io.github.zhibiao.core.ReportInputException;
import io.github.zhibiao.core.ReportParser;
import io.github.zhibiao.core.Statement;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code extract} command: parses each input with one {@link ReportParser} and prints every fact and target
 * with {@link StatementLayout}. {@code --date} and {@code --region} fix the report's date and region instead of
 * detecting them from its header.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class Extract {
    private Extract() {
    }

    static int run(Main.CommandLine cl, InputStream stdin, PrintStream out, PrintStream err) {
        ReportParser parser;
        try {
            parser = parser(cl.date(), cl.region());
        } catch (IllegalArgumentException e) {
            err.print("zhibiao: " + e.getMessage() + "\n\n" + Main.USAGE);
            return Main.USAGE_ERROR;
        }
        return Main.process(cl, stdin, out, err, StatementLayout.INSTANCE, in -> findings(parser, in, err));
    }

    /**
     * Builds the parser for the options.
     *
     * @throws IllegalArgumentException with a short message when an option value is not valid
     */
    static ReportParser parser(String date, String region) {
        ReportParser.Builder b = ReportParser.builder();
        if (date != null) {
            try {
                b.date(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date " + date + " is not a date like 2026-01-27", e);
            }
        }
        if (region != null) {
            try {
                b.region(region);
            } catch (ReportInputException e) {
                throw new IllegalArgumentException("--region must name a region, such as 平阴县", e);
            }
        }
        return b.build();
    }

    /** @return the statements of the report in {@code text}, each placed in the text */
    static List<Finding> findings(ReportParser parser, String text) {
        return findings(parser.parse(text));
    }

    /**
     * Reads one input; its file name stands in for the report's year when the text gives none, and every warning
     * of the report goes to {@code err} as "zhibiao: FILE: warning: …".
     */
    static List<Finding> findings(ReportParser parser, InputText in, PrintStream err) {
        String source = "-".equals(in.name()) ? null : in.name();
        Report report = parser.parse(in.text(), ReportContext.empty(), source);
        for (ReportWarning w : report.warnings()) {
            err.print("zhibiao: " + in.name() + ": warning: " + w + "\n");
        }
        return findings(report);
    }

    private static List<Finding> findings(Report report) {
        List<Finding> findings = new ArrayList<>(report.statements().size());
        for (Statement s : report.statements()) {
            findings.add(new Finding(s, s.valueMention().orElse(null), s.changeMention().orElse(null),
                    report.context()));
        }
        return findings;
    }
}
