package io.github.zhibiao.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Lays rows out as an aligned plain-text table for people, padding by display width so that columns of
 * Chinese text line up in a terminal:
 * <pre>
 * start  end  text       value        unit
 * -----  ---  ---------  -----------  ----
 * 120    128  350.19亿元  35019000000  CNY
 * </pre>
 * Line breaks and tabs inside a cell print as spaces; the last column is not padded, so long clause text does
 * not widen the table. Lines end with "\n".
 *
 * <p>Instances are mutable (rows are added) and not thread-safe.
 */
final class TableFormatter {
    private static final String GAP = "  ";

    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    /**
     * Creates a table with the given column headers.
     *
     * @param headers the headers, not null, at least one
     */
    TableFormatter(List<String> headers) {
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.headers = headers.stream().map(TableFormatter::clean).toArray(String[]::new);
    }

    /**
     * Adds a row; null cells print empty.
     *
     * @param cells one cell per column, not null
     * @throws IllegalArgumentException if the number of cells differs from the number of columns
     */
    void addRow(List<String> cells) {
        Objects.requireNonNull(cells, "cells");
        if (cells.size() != headers.length) {
            throw new IllegalArgumentException("expected " + headers.length + " cells, got " + cells.size());
        }
        rows.add(cells.stream().map(TableFormatter::clean).toArray(String[]::new));
    }

    /** @return the number of rows added */
    int size() {
        return rows.size();
    }

    /** @return the whole table, header first, each line ending in "\n" */
    String format() {
        int[] widths = new int[headers.length];
        for (int c = 0; c < headers.length; c++) {
            widths[c] = DisplayWidth.of(headers[c]);
        }
        for (String[] row : rows) {
            // The last column is not padded, and its rule stays as wide as its header.
            for (int c = 0; c < row.length - 1; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
            }
        }
        StringBuilder sb = new StringBuilder();
        appendLine(sb, headers, widths);
        String[] rule = new String[headers.length];
        for (int c = 0; c < rule.length; c++) {
            char[] dashes = new char[Math.max(1, widths[c])];
            Arrays.fill(dashes, '-');
            rule[c] = new String(dashes);
        }
        appendLine(sb, rule, widths);
        for (String[] row : rows) {
            appendLine(sb, row, widths);
        }
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, String[] cells, int[] widths) {
        int lineStart = sb.length();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sb.append(GAP);
            }
            sb.append(cells[c]);
            if (c < cells.length - 1) {
                for (int pad = widths[c] - DisplayWidth.of(cells[c]); pad > 0; pad--) {
                    sb.append(' ');
                }
            }
        }
        // An empty last cell would leave padding behind; a table line never ends in spaces.
        int end = sb.length();
        while (end > lineStart && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }

    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch < 0x20 || ch == 0x7F || ch == '\u2028' || ch == '\u2029') {
                if (sb == null) {
                    sb = new StringBuilder(cell);
                }
                sb.setCharAt(i, ' ');
            }
        }
        return sb == null ? cell : sb.toString();
    }
}
