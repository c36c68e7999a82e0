package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.Report;
import io.github.zhibiao.core.ReportContext;
import io.github.zhibiao.core.ReportInputException;
import io.github.zhibiao.core.ReportParser;
import io.github.zhibiao.core.ReportWarning;
import io.github.zhibiao.core.Statement;
import io.github.zhibiao.numbers.QuantityMention;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code extract} command: parses each input with one {@link ReportParser} and prints every fact and target
 * with {@link StatementLayout}. {@code --date} and {@code --region} fix the report's date and region instead of
 * detecting them from its header; a {@code --manifest} row overrides both for its file. The sections of a large
 * input share the context (date, region, kind) that its first section states.
 *
 * <p>This class holds no mutable state and is thread-safe.
 */
final class Extract implements Job<Finding> {
    private final ReportParser parser;

    Extract(ReportParser parser) {
        this.parser = parser;
    }

    @Override
    public Layout<Finding> layout() {
        return StatementLayout.INSTANCE;
    }

    @Override
    public List<Finding> find(Input input, SourceReader.Section section, List<String> warnings,
            List<String> notes) {
        Report report;
        // The file's name stands in for the report's year when the text gives none (the report then warns).
        String source = "-".equals(input.source.name()) ? null : input.source.name();
        if (section.index() == 0) {
            try {
                report = parser.parse(section.text(), input.overrides, source);
                input.firstContext.complete(report.context());
            } finally {
                input.firstContext.complete(input.overrides);
            }
        } else {
            ReportContext first = input.firstContext.join();
            report = parser.parse(section.text(), first, source);
        }
        return findings(report, section.offset(), warnings, notes);
    }

    /**
     * Builds the parser for the options.
     *
     * @throws IllegalArgumentException with a short message when an option value is not valid
     */
    static ReportParser parser(String date, String region) {
        ReportParser.Builder b = ReportParser.builder();
        if (date != null) {
            b.date(date(date).orElseThrow(() -> new IllegalArgumentException("--date " + date
                    + " is not a date like 2026-01-27")));
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

    /**
     * Reads a date written YYYY-MM-DD with a four-digit year (LocalDate alone would take +99999-01-01).
     *
     * @return the date, or empty when {@code s} is not one
     */
    static Optional<LocalDate> date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return Optional.empty();
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * @return the statements of the report, each placed in the whole text; what it could not read into
     *     {@code warnings}, what it decided without certainty into {@code notes} ("warning: " before each)
     */
    static List<Finding> findings(Report report, int offset, List<String> warnings) {
        return findings(report, offset, warnings, new ArrayList<>());
    }

    static List<Finding> findings(Report report, int offset, List<String> warnings, List<String> notes) {
        List<Finding> findings = new ArrayList<>(report.statements().size());
        for (Statement s : report.statements()) {
            findings.add(new Finding(s, shift(s.valueMention().orElse(null), offset),
                    shift(s.changeMention().orElse(null), offset), offset, report.context()));
        }
        for (ReportWarning w : report.warnings()) {
            String line = "[" + (w.start() + offset) + ", " + (w.end() + offset) + ") " + w.message();
            if (w.kind() == ReportWarning.Kind.TEXT_NOT_READ) {
                warnings.add(line);
            } else {
                notes.add("warning: " + line);
            }
        }
        return findings;
    }

    static QuantityMention shift(QuantityMention m, int offset) {
        return m == null || offset == 0 ? m
                : QuantityMention.of(m.text(), m.start() + offset, m.end() + offset, m.quantity());
    }
}
