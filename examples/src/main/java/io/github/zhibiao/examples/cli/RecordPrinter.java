package io.github.zhibiao.examples.cli;

import java.util.List;
import java.util.Objects;

/**
 * Renders records in one {@link OutputFormat}: JSON Lines and CSV into text as they come, table rows into a list
 * (the table's column widths depend on every row, so it is printed at the end).
 *
 * <p>This class holds no mutable state and is thread-safe; each call renders into the buffers it is given.
 *
 * @param <T> the record type
 */
final class RecordPrinter<T> {
    private final OutputFormat format;
    private final Layout<T> layout;

    RecordPrinter(OutputFormat format, Layout<T> layout) {
        this.format = Objects.requireNonNull(format, "format");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** @return what the output starts with: the CSV header line, else nothing */
    String header() {
        return format == OutputFormat.CSV ? CsvWriter.row(layout.csvHeaders()) : "";
    }

    /** @return a table for the rows, or null when the format is not a table */
    TableFormatter newTable() {
        return format == OutputFormat.TABLE ? new TableFormatter(layout.tableHeaders()) : null;
    }

    /**
     * Renders one record: a JSON line or CSV row into {@code text}, or a table row into {@code rows}.
     *
     * @param file the input name, not null
     * @param record the record, not null
     * @param text where JSON Lines and CSV go, not null
     * @param rows where table rows go, not null
     */
    void render(String file, T record, StringBuilder text, List<List<String>> rows) {
        switch (format) {
            case JSONL:
                layout.writeJson(new JsonWriter(text), file, record);
                text.append('\n');
                break;
            case CSV:
                text.append(CsvWriter.row(layout.csvRow(file, record)));
                break;
            case TABLE:
                rows.add(layout.tableRow(file, record));
                break;
            default:
                throw new AssertionError(format);
        }
    }
}
