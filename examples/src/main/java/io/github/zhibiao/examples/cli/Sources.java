package io.github.zhibiao.examples.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The inputs a command line names: files as given, "-" for standard input, and for a directory every
 * {@code *.txt} file below it (recursively, links to files included, links to directories not followed), sorted by
 * path so that the order never depends on the file system.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class Sources {
    /** The name that stands for standard input. */
    static final String STDIN = "-";

    private Sources() {
    }

    /**
     * One input: its name as printed in the {@code file} field, its path (null for standard input), its size in
     * bytes (0 when unknown), or why it cannot be read.
     */
    record Source(String name, Path path, long size, String error) {
        boolean stdin() {
            return path == null && error == null;
        }
    }

    /**
     * Expands the arguments into inputs, in order.
     *
     * @param args the FILE arguments; empty means standard input
     * @return the inputs; an unreadable argument is one input with its {@code error} set
     */
    static List<Source> expand(List<String> args) {
        List<Source> out = new ArrayList<>();
        if (args.isEmpty()) {
            out.add(new Source(STDIN, null, 0, null));
            return out;
        }
        for (String a : args) {
            if (a.equals(STDIN)) {
                out.add(new Source(STDIN, null, 0, null));
                continue;
            }
            Path p;
            try {
                p = Path.of(a);
            } catch (InvalidPathException e) {
                out.add(unrepresentable(a) ? new Source(a.replace('\ufffd', '?'), null, 0, localeReason())
                        : new Source(a, null, 0, "invalid path (" + e.getReason() + ")"));
                continue;
            }
            if (Files.isDirectory(p)) {
                directory(a, p, out);
            } else if (!Files.exists(p)) {
                out.add(unrepresentable(a) ? new Source(a.replace('\ufffd', '?'), null, 0, localeReason())
                        : new Source(a, null, 0, "no such file"));
            } else {
                out.add(new Source(a, p, size(p), null));
            }
        }
        return out;
    }

    private static void directory(String arg, Path dir, List<Source> out) {
        List<Path> found = new ArrayList<>();
        List<Source> errors = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                        return FileVisitResult.CONTINUE;
                    }
                    // A link to a file counts; a link to a directory is not followed (no loops), and a
                    // broken link is named rather than skipped.
                    if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                        found.add(file);
                    } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
                        errors.add(new Source(file.toString(), null, 0, "broken symbolic link"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    errors.add(new Source(file.toString(), null, 0, reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(new Source(arg, null, 0, reason(e)));
        }
        if (found.isEmpty() && errors.isEmpty()) {
            out.add(new Source(arg, null, 0, "directory holds no *.txt file"));
            return;
        }
        found.sort(Comparator.comparing(Path::toString));
        for (Path f : found) {
            out.add(new Source(f.toString(), f, size(f), null));
        }
        out.addAll(errors);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * A short reason for a failed read, without the path (which the message prints already).
     *
     * @param e the failure, not null
     * @return "no such file", "permission denied", "is a directory" or the system's reason
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException) {
            String r = ((FileSystemException) e).getReason();
            if (r != null && !r.isBlank()) {
                return r.equals("Is a directory") ? "is a directory" : r;
            }
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Whether the argument lost characters to a locale that cannot represent them (LANG=C). */
    static boolean unrepresentable(String arg) {
        return arg.indexOf('\ufffd') >= 0 && !jnuEncoding().equalsIgnoreCase("UTF-8");
    }

    private static String jnuEncoding() {
        String e = System.getProperty("sun.jnu.encoding");
        if (e == null) {
            return "UTF-8";
        }
        try {
            return Charset.forName(e).name();
        } catch (RuntimeException ex) {
            return e;
        }
    }

    private static String localeReason() {
        return "the file name has characters that the locale's encoding (" + jnuEncoding()
                + ") cannot represent; run with a UTF-8 locale, such as LANG=C.UTF-8";
    }
}
