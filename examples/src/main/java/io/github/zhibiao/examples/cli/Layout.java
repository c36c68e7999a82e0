package io.github.zhibiao.examples.cli;

import java.util.List;

/**
 * How one kind of record (a quantity mention, a fact) prints in each {@link OutputFormat}.
 *
 * @param <T> the record type
 */
interface Layout<T> {
    /**
     * Writes the record as one JSON object, {@code file} first.
     *
     * @param w the writer, not null
     * @param file the input name as given on the command line, not null
     * @param record the record, not null
     */
    void writeJson(JsonWriter w, String file, T record);

    /** @return the table's column headers */
    List<String> tableHeaders();

    /** @return the table's cells for the record, one per header */
    List<String> tableRow(String file, T record);

    /** @return the CSV header fields */
    List<String> csvHeaders();

    /** @return the CSV fields for the record, one per header */
    List<String> csvRow(String file, T record);
}
