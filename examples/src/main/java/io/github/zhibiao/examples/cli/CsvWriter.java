package io.github.zhibiao.examples.cli;

import java.util.List;

/**
 * Formats rows as RFC 4180 CSV: fields separated by commas, lines ending in CRLF, a field quoted with
 * {@code "} when it holds a comma, quote, CR or LF (or starts or ends with a space), and quotes inside doubled:
 * {@code 他说"增长"} becomes {@code "他说""增长"""}. Null prints as an empty field.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class CsvWriter {
    private CsvWriter() {
    }

    /**
     * Formats one record.
     *
     * @param fields the fields, not null; null elements print empty
     * @return the line, ending in "\r\n"
     */
    static String row(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            appendField(sb, fields.get(i));
        }
        return sb.append("\r\n").toString();
    }

    static void appendField(StringBuilder sb, String field) {
        if (field == null || field.isEmpty()) {
            return;
        }
        if (needsQuotes(field)) {
            sb.append('"');
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '"') {
                    sb.append('"');
                }
                sb.append(c);
            }
            sb.append('"');
        } else {
            sb.append(field);
        }
    }

    private static boolean needsQuotes(String field) {
        if (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
