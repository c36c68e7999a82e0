package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.ReportContext;
import io.github.zhibiao.core.ReportInputException;
import io.github.zhibiao.core.ReportKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inputs of the {@code panel} command: files and directories from the command line (a directory stands for
 * every {@code *.txt} file under it, in path order) and the rows of a manifest, a CSV file with the header
 * {@code file,date,region,kind}:
 * <pre>
 * file,date,region,kind
 * 2016.txt,2016-02-19,海拉尔区,work_report
 * 2017.txt,,海拉尔区,
 * </pre>
 * A manifest's relative file names are resolved against the manifest's directory. An empty field leaves that part
 * to be detected from the report's header; {@code kind} is {@code work_report}, {@code statistical_communique} or
 * {@code news}. With no FILE or DIR the manifest's files are the inputs; with both, the manifest only supplies the
 * context of the files it names.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class PanelInputs {
    private PanelInputs() {
    }

    /**
     * One report to read.
     *
     * @param name the name as given (the source id in the panel), not null
     * @param overrides the date, region and kind the manifest fixes, not null
     */
    record Input(String name, ReportContext overrides) {
        Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(overrides, "overrides");
        }
    }

    /** A manifest or path that cannot be used; the message names the file, the line and the value. */
    static final class BadInputException extends Exception {
        private static final long serialVersionUID = 1L;

        BadInputException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Lists the inputs.
     *
     * @param manifest the manifest path, or null for none
     * @param paths files and directories as given, not null
     * @return the inputs in order, never null
     * @throws BadInputException if the manifest cannot be read or holds a bad row, or a directory cannot be listed
     */
    static List<Input> collect(String manifest, List<String> paths) throws BadInputException {
        Map<String, ReportContext> rows = manifest == null ? Map.of() : readManifest(manifest);
        List<Input> inputs = new ArrayList<>();
        if (paths.isEmpty()) {
            rows.forEach((name, context) -> inputs.add(new Input(name, context)));
            return inputs;
        }
        Map<Path, ReportContext> byPath = new LinkedHashMap<>();
        rows.forEach((name, context) -> byPath.put(normal(name), context));
        for (String p : expand(paths)) {
            inputs.add(new Input(p, byPath.getOrDefault(normal(p), ReportContext.empty())));
        }
        return inputs;
    }

    private static Path normal(String name) {
        try {
            return Path.of(name).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    /** @return the files, each directory replaced by its {@code *.txt} files in path order */
    static List<String> expand(List<String> paths) throws BadInputException {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            Path path;
            try {
                path = Path.of(p);
            } catch (InvalidPathException e) {
                out.add(p);
                continue;
            }
            if (!Files.isDirectory(path)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                out.addAll(walk.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                        .map(Path::toString).sorted().collect(Collectors.toList()));
            } catch (IOException | UncheckedIOException e) {
                throw new BadInputException("cannot list directory " + p + ": " + e.getMessage());
            }
        }
        return out;
    }

    /**
     * Reads a manifest.
     *
     * @return the context of each file, by file name resolved against the manifest's directory, in row order
     */
    static Map<String, ReportContext> readManifest(String manifest) throws BadInputException {
        Path path = Path.of(manifest);
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException("cannot read manifest " + manifest + ": " + e.getMessage());
        }
        if (lines.isEmpty() || !header(lines.get(0)).equals(List.of("file", "date", "region", "kind"))) {
            throw new BadInputException(manifest + " line 1: the header must be file,date,region,kind");
        }
        Path base = path.toAbsolutePath().getParent();
        Map<String, ReportContext> rows = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = manifest + " line " + (i + 1);
            List<String> f = CsvFields.split(line);
            if (f.size() != 4 || f.get(0).isBlank()) {
                throw new BadInputException(where + ": 4 fields expected, the first a file: " + line);
            }
            ReportContext c = ReportContext.empty();
            if (!f.get(1).isBlank()) {
                try {
                    c = c.withDate(LocalDate.parse(f.get(1).strip()));
                } catch (DateTimeParseException e) {
                    throw new BadInputException(where + ": date \"" + f.get(1) + "\" is not like 2016-02-19");
                }
            }
            if (!f.get(2).isBlank()) {
                try {
                    c = c.withRegion(f.get(2));
                } catch (ReportInputException e) {
                    throw new BadInputException(where + ": " + e.getMessage());
                }
            }
            if (!f.get(3).isBlank()) {
                c = c.withKind(kind(f.get(3).strip(), where));
            }
            Path file = Path.of(f.get(0).strip());
            String name = file.isAbsolute() || base == null ? file.toString()
                    : relative(base.resolve(file).normalize());
            if (rows.put(name, c) != null) {
                throw new BadInputException(where + ": file " + f.get(0) + " is listed twice");
            }
        }
        return rows;
    }

    /** @return the path relative to the working directory when it lies below it, else absolute */
    private static String relative(Path absolute) {
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    private static List<String> header(String line) {
        String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return CsvFields.split(l).stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toList());
    }

    private static ReportKind kind(String value, String where) throws BadInputException {
        String v = value.toUpperCase(Locale.ROOT);
        for (ReportKind k : ReportKind.values()) {
            if (k.name().equals(v)) {
                return k;
            }
        }
        throw new BadInputException(where + ": kind \"" + value
                + "\" is not work_report, statistical_communique, news or unknown");
    }

    /** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). */
    static final class CsvFields {
        private CsvFields() {
        }

        static List<String> split(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    out.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            out.add(field.toString());
            return out;
        }
    }
}
