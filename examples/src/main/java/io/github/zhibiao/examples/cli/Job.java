package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.ReportContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a command does with each section of each input; {@link Runner} reads the inputs, runs the sections on its
 * threads and prints the records in input order.
 *
 * <p>Implementations are thread-safe: sections of different inputs, and of one input, run in parallel.
 *
 * @param <T> the record type
 */
interface Job<T> {
    /** @return how the records print, never null */
    Layout<T> layout();

    /**
     * Finds the records of one section, placed in the whole text (offsets shifted by the section's offset).
     *
     * @param input the input the section belongs to, not null
     * @param section the section, not null
     * @param warnings where to add messages about what could not be read (they make the exit status 1), each
     *     without the "zhibiao: FILE: " prefix
     * @param notes where to add what was decided without certainty (a report year taken from the file name),
     *     printed like warnings unless --quiet, without changing the exit status
     * @return the records in text order, never null
     */
    List<T> find(Input input, SourceReader.Section section, List<String> warnings, List<String> notes);

    /**
     * One input while it is being read: its source, the manifest's overrides for it, and the report context that
     * its first section detected, which the later sections of a large input share.
     */
    final class Input {
        final Sources.Source source;
        final ReportContext overrides;
        final CompletableFuture<ReportContext> firstContext = new CompletableFuture<>();

        Input(Sources.Source source, ReportContext overrides) {
            this.source = source;
            this.overrides = overrides;
        }
    }
}
