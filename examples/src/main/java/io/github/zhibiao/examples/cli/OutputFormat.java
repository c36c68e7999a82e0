package io.github.zhibiao.examples.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * The output formats of the command line, chosen with {@code --format}.
 *
 * <p>This enum is immutable and thread-safe.
 */
enum OutputFormat {
    /** One JSON object per line (the default, and the contract other programs parse). */
    JSONL,
    /** An aligned table for people. */
    TABLE,
    /** RFC 4180 CSV with a header line. */
    CSV;

    /** @return the format named {@code name} ("jsonl", "table", "csv", in any case), if there is one */
    static Optional<OutputFormat> named(String name) {
        for (OutputFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
