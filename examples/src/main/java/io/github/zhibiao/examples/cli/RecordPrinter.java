package io.github.zhibiao.examples.cli;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Prints records in one {@link OutputFormat}: JSON Lines and CSV as they come, a table at the end (its column
 * widths depend on every row).
 *
 * <p>Instances are mutable and not thread-safe.
 *
 * @param <T> the record type
 */
final class RecordPrinter<T> {
    private final OutputFormat format;
    private final Layout<T> layout;
    private final PrintStream out;
    private final TableFormatter table;
    private final StringBuilder line = new StringBuilder(512);
    private boolean started;

    RecordPrinter(OutputFormat format, Layout<T> layout, PrintStream out) {
        this.format = Objects.requireNonNull(format, "format");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.out = Objects.requireNonNull(out, "out");
        this.table = format == OutputFormat.TABLE ? new TableFormatter(layout.tableHeaders()) : null;
    }

    void print(String file, T record) {
        start();
        switch (format) {
            case JSONL:
                line.setLength(0);
                layout.writeJson(new JsonWriter(line), file, record);
                line.append('\n');
                out.append(line);
                break;
            case CSV:
                out.append(CsvWriter.row(layout.csvRow(file, record)));
                break;
            case TABLE:
                table.addRow(layout.tableRow(file, record));
                break;
            default:
                throw new AssertionError(format);
        }
    }

    /** Prints what is left: the table, or the CSV header when there were no records. */
    void finish() {
        start();
        if (table != null) {
            out.append(table.format());
        }
    }

    private void start() {
        if (!started) {
            started = true;
            if (format == OutputFormat.CSV) {
                out.append(CsvWriter.row(layout.csvHeaders()));
            }
        }
    }
}
