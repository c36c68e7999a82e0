package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.ReportContext;
import io.github.zhibiao.core.ReportInputException;
import io.github.zhibiao.core.ReportKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A manifest CSV for {@code extract --manifest FILE}: one row per report with its date, region and kind, which
 * override what the report's header states.
 *
 * <pre>
 * file,date,region,kind
 * 2026/平阴县.txt,2026-01-27,平阴县,work_report
 * 2025/济南市公报.txt,2025-03-20,,statistical_communique
 * </pre>
 *
 * <p>The header row names the columns (file first; date, region and kind in any order, each optional); an empty
 * cell overrides nothing. A relative {@code file} is resolved against the manifest's own directory, and matched
 * against the inputs by their normalized absolute paths. Kinds: {@code work_report}, {@code statistical_communique},
 * {@code news}.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class Manifest {
    private final Map<Path, ReportContext> rows;
    /** The rows in file order, for naming those that matched no input. */
    private final List<Path> order;

    private Manifest(Map<Path, ReportContext> rows, List<Path> order) {
        this.rows = Map.copyOf(rows);
        this.order = List.copyOf(order);
    }

    /** An empty manifest, which overrides nothing. */
    static Manifest none() {
        return new Manifest(Map.of(), List.of());
    }

    /**
     * Reads a manifest.
     *
     * @param file the CSV file (UTF-8), not null
     * @return the manifest, never null
     * @throws IllegalArgumentException with a message naming the line and the text when it is not valid
     * @throws IOException when the file cannot be read
     */
    static Manifest read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        List<List<String>> records = parseCsv(text, file);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty manifest (expected a header: file,date,region,kind)");
        }
        List<String> header = records.get(0);
        int fileCol = -1;
        int dateCol = -1;
        int regionCol = -1;
        int kindCol = -1;
        for (int i = 0; i < header.size(); i++) {
            switch (header.get(i).trim().toLowerCase(Locale.ROOT)) {
                case "file":
                    fileCol = i;
                    break;
                case "date":
                    dateCol = i;
                    break;
                case "region":
                    regionCol = i;
                    break;
                case "kind":
                    kindCol = i;
                    break;
                default:
                    throw new IllegalArgumentException(file + ":1: unknown column \"" + header.get(i)
                            + "\" (file, date, region, kind)");
            }
        }
        if (fileCol < 0) {
            throw new IllegalArgumentException(file + ":1: no file column in \"" + String.join(",", header) + "\"");
        }
        Path base = file.toAbsolutePath().getParent();
        Map<Path, ReportContext> rows = new HashMap<>();
        List<Path> order = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> row = records.get(r);
            int line = r + 1;
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            String name = cell(row, fileCol);
            if (name.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + line + ": empty file name in \"" + String.join(",", row)
                        + "\"");
            }
            ReportContext c = ReportContext.empty();
            String date = cell(row, dateCol);
            if (!date.isEmpty()) {
                c = c.withDate(Extract.date(date).orElseThrow(() -> new IllegalArgumentException(file + ":" + line
                        + ": date \"" + date + "\" is not a date like 2026-01-27")));
            }
            String region = cell(row, regionCol);
            if (!region.isEmpty()) {
                try {
                    c = c.withRegion(region);
                } catch (ReportInputException e) {
                    throw new IllegalArgumentException(file + ":" + line + ": region \"" + region + "\" is no region");
                }
            }
            String kind = cell(row, kindCol);
            if (!kind.isEmpty()) {
                ReportKind k = kind(kind).orElseThrow(() -> new IllegalArgumentException(file + ":" + line + ": kind \""
                        + kind + "\" is not one of work_report, statistical_communique, news"));
                c = c.withKind(k);
            }
            Path key = base.resolve(name).normalize();
            if (rows.put(key, c) != null) {
                throw new IllegalArgumentException(file + ":" + line + ": " + name + " is listed twice");
            }
            order.add(key);
        }
        return new Manifest(rows, order);
    }

    /** @return the overrides for the input at {@code path} (null for standard input), never null */
    ReportContext overridesFor(Path path) {
        if (path == null || rows.isEmpty()) {
            return ReportContext.empty();
        }
        return rows.getOrDefault(path.toAbsolutePath().normalize(), ReportContext.empty());
    }

    /**
     * The rows that name none of {@code inputs}, in manifest order: a misspelt name would otherwise override
     * nothing without a word.
     *
     * @param inputs the paths read, not null
     * @return the unmatched rows' paths, never null
     */
    List<Path> unmatched(java.util.Collection<Path> inputs) {
        java.util.Set<Path> read = new java.util.HashSet<>();
        for (Path p : inputs) {
            read.add(p.toAbsolutePath().normalize());
        }
        List<Path> out = new ArrayList<>();
        for (Path p : order) {
            if (!read.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static Optional<ReportKind> kind(String s) {
        for (ReportKind k : ReportKind.values()) {
            if (k != ReportKind.UNKNOWN && k.name().equalsIgnoreCase(s.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static String cell(List<String> row, int col) {
        return col < 0 || col >= row.size() ? "" : row.get(col).trim();
    }

    /** RFC 4180: fields separated by commas, optionally in double quotes ("" inside for a quote), CRLF or LF. */
    static List<List<String>> parseCsv(String text, Path file) {
        List<List<String>> records = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int i = 0;
        int n = text.length();
        boolean any = false;
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                records.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
                line++;
            } else {
                field.append(c);
                any = true;
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException(file + ":" + line + ": a quoted field is not closed");
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            records.add(row);
        }
        return records;
    }
}
