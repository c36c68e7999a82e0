package io.github.zhibiao.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands {@code @FILE} arguments: each line of FILE is one argument (blank lines and lines starting with # are
 * skipped), so that a corpus of 100,000 files needs no command line longer than the system allows
 * ({@code find corpus -name '*.txt' > files.txt; zhibiao extract @files.txt}). {@code @@x} stands for the literal
 * argument {@code @x}. Argument files are not expanded recursively.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class ArgFiles {
    private ArgFiles() {
    }

    /** An argument file that cannot be read. */
    static final class BadArgFileException extends Exception {
        private static final long serialVersionUID = 1L;

        BadArgFileException(String message) {
            super(message);
        }
    }

    static String[] expand(String[] args) throws BadArgFileException {
        List<String> out = new ArrayList<>(args.length);
        boolean any = false;
        for (String a : args) {
            if (a.startsWith("@@")) {
                out.add(a.substring(1));
                any = true;
            } else if (a.startsWith("@") && a.length() > 1) {
                any = true;
                List<String> lines;
                try {
                    lines = Files.readAllLines(Path.of(a.substring(1)), StandardCharsets.UTF_8);
                } catch (IOException | InvalidPathException e) {
                    throw new BadArgFileException("cannot read argument file " + a.substring(1) + ": "
                            + (e instanceof IOException ? Sources.reason((IOException) e) : e.getMessage()));
                }
                for (String line : lines) {
                    String l = line.strip();
                    if (!l.isEmpty() && !l.startsWith("#")) {
                        out.add(l);
                    }
                }
            } else {
                out.add(a);
            }
        }
        return any ? out.toArray(new String[0]) : args;
    }
}
