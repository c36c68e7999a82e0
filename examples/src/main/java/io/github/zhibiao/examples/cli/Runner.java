package io.github.zhibiao.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link Job} over the inputs: reads each input in sections on the calling thread, finds the records of the
 * sections on {@code --threads} worker threads, and prints them in input order, so that the output is
 * byte-identical whatever the number of threads. At most {@code 2 × threads} sections are in flight, which bounds
 * memory.
 *
 * <p>A failed write ends the run with one message and status 3; a closed pipe ({@code | head}) ends it at once and
 * quietly with status 141 (as a process killed by SIGPIPE reports); heap exhaustion ends it with one line and
 * status 1.
 *
 * <p>Instances are mutable and used once, on one thread.
 *
 * @param <T> the record type
 */
final class Runner<T> {
    static final int BROKEN_PIPE = 141;
    static final int WRITE_ERROR = 3;

    private final CommandLine cl;
    private final Job<T> job;
    private final Manifest manifest;
    private final OutputStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final RecordPrinter<T> printer;
    private final ArrayDeque<Pending> window = new ArrayDeque<>();
    private TableFormatter table;
    private Progress progress;
    private ExecutorService pool;
    private int status = Main.OK;
    private String current = "";

    Runner(CommandLine cl, Job<T> job, Manifest manifest, OutputStream out, PrintStream err, boolean terminal) {
        this.cl = cl;
        this.job = job;
        this.manifest = manifest;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.printer = new RecordPrinter<>(cl.format(), job.layout());
    }

    /** A section in flight, or a message in its place in the output order. */
    private final class Pending {
        final Sources.Source source;
        final Future<Found> found;
        final List<String> before = new ArrayList<>();
        int status;
        boolean lastOfSource;
        /** The bytes of its input read up to the end of this section, or -1. */
        long consumed = -1;

        Pending(Sources.Source source, Future<Found> found) {
            this.source = source;
            this.found = found;
        }
    }

    /** What one section printed: its text (JSON Lines or CSV, as UTF-8), its table rows and its warnings. */
    private static final class Found {
        byte[] bytes;
        final List<List<String>> rows = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    /** Signals that the output is gone: a closed pipe (quiet) or a failed write (with a message). */
    private static final class OutputGone extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean pipe;

        OutputGone(IOException cause, boolean pipe) {
            super(cause.getMessage(), cause, false, false);
            this.pipe = pipe;
        }
    }

    /**
     * Reads every input and prints its records.
     *
     * @param stdin standard input, for "-"
     * @return the exit status
     */
    int run(InputStream stdin) {
        List<Sources.Source> sources = Sources.expand(cl.files());
        long total = 0;
        for (Sources.Source s : sources) {
            total += s.size();
        }
        progress = new Progress(err, terminal && !cl.quiet(), sources.size(), total);
        table = printer.newTable();
        int threads = cl.threads();
        if (threads > 1) {
            pool = Executors.newFixedThreadPool(threads, daemonThreads());
        }
        try {
            write(printer.header());
            for (Sources.Source s : sources) {
                current = s.name();
                read(s, stdin);
            }
            while (!window.isEmpty()) {
                printHead();
            }
            if (table != null) {
                write(table.format());
            }
            unmatchedManifestRows(sources);
            return status;
        } catch (OutputGone e) {
            progress.clear();
            if (e.pipe) {
                return BROKEN_PIPE;
            }
            err.print("zhibiao: cannot write the output: " + e.getMessage() + "\n");
            return WRITE_ERROR;
        } catch (OutOfMemoryError e) {
            window.clear();
            table = null;
            progress.clear();
            err.print("zhibiao: out of memory while reading " + current + " (Java heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB): give Java more with -Xmx, or use fewer"
                    + " --threads\n");
            return Main.INTERNAL_ERROR;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            progress.clear();
        }
    }

    private void unmatchedManifestRows(List<Sources.Source> sources) throws OutputGone {
        List<java.nio.file.Path> read = new ArrayList<>();
        for (Sources.Source s : sources) {
            if (s.path() != null) {
                read.add(s.path());
            }
        }
        List<java.nio.file.Path> unmatched = manifest.unmatched(read);
        if (!unmatched.isEmpty() && !cl.quiet()) {
            String rows = unmatched.size() == 1 ? " row names" : " rows name";
            messages(List.of(cl.manifest() + ": " + unmatched.size() + rows + " no input, such as " + unmatched.get(0)));
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "zhibiao-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Reads one input in sections and queues them. */
    private void read(Sources.Source s, InputStream stdin) throws OutputGone {
        if (s.error() != null) {
            Pending p = new Pending(s, null);
            p.before.add("cannot read " + s.name() + ": " + s.error());
            p.status = Main.USAGE_ERROR;
            p.lastOfSource = true;
            queue(p);
            return;
        }
        Job.Input input = new Job.Input(s, manifest.overridesFor(s.path()));
        String failure = null;
        SourceReader reader = null;
        try {
            reader = new SourceReader(s.stdin() ? nonClosing(stdin) : Files.newInputStream(s.path()),
                    cl.encoding());
            SourceReader.Section section;
            boolean first = true;
            while ((section = reader.next()) != null) {
                SourceReader.Section sec = section;
                Pending p = new Pending(s, submit(() -> find(input, sec)));
                if (first) {
                    note(p, reader);
                    if (reader.whole() && reader.replaced()) {
                        p.before.add(s.name() + ": invalid " + reader.charset().name() + " replaced");
                    }
                    first = false;
                }
                if (!reader.whole()) {
                    p.consumed = reader.consumed();
                }
                queue(p);
            }
        } catch (IOException e) {
            failure = "cannot read " + s.name() + ": " + Sources.reason(e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException e) {
                    // nothing was lost: every byte was read
                }
            }
        }
        Pending end = new Pending(s, null);
        end.lastOfSource = true;
        if (failure != null) {
            end.before.add(failure);
            end.status = Main.USAGE_ERROR;
        } else if (reader != null && !reader.whole() && reader.replaced()) {
            end.before.add(s.name() + ": invalid " + reader.charset().name() + " replaced");
        }
        queue(end);
    }

    /** Says which charset was used when it was not UTF-8, or not detected. */
    private void note(Pending p, SourceReader reader) {
        Charset c = reader.charset();
        if (!cl.quiet() && !c.equals(StandardCharsets.UTF_8)) {
            String why = !reader.detected() ? "" : c.name().startsWith("UTF-16") ? " (byte order mark)"
                    : " (not valid UTF-8)";
            p.before.add(p.source.name() + ": read as " + c.name() + why);
        }
    }

    private Found find(Job.Input input, SourceReader.Section section) {
        Found f = new Found();
        List<T> records = job.find(input, section, f.warnings, f.notes);
        StringBuilder text = new StringBuilder();
        for (T r : records) {
            printer.render(input.source.name(), r, text, f.rows);
        }
        // Encoded here, on the worker thread, so that the printing thread only copies bytes.
        f.bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return f;
    }

    private Future<Found> submit(java.util.concurrent.Callable<Found> task) {
        if (pool == null) {
            CompletableFuture<Found> done = new CompletableFuture<>();
            try {
                done.complete(task.call());
            } catch (Exception | StackOverflowError e) {
                done.completeExceptionally(e);
            }
            return done;
        }
        return pool.submit(task);
    }

    private void queue(Pending p) throws OutputGone {
        window.add(p);
        int max = pool == null ? 0 : 2 * cl.threads();
        while (window.size() > max) {
            printHead();
        }
    }

    /** Prints the oldest pending section: its messages, its records, its warnings. */
    private void printHead() throws OutputGone {
        Pending p = window.removeFirst();
        Found f = null;
        String internal = null;
        if (p.found != null) {
            try {
                f = p.found.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof OutOfMemoryError) {
                    current = p.source.name();
                    throw (OutOfMemoryError) cause;
                }
                internal = p.source.name() + ": internal error: " + cause;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                internal = p.source.name() + ": interrupted";
            }
        }
        messages(p.before);
        status = Math.max(status, p.status);
        if (f != null) {
            write(f.bytes);
            if (table != null) {
                for (List<String> row : f.rows) {
                    table.addRow(row);
                }
            }
            List<String> warnings = new ArrayList<>();
            for (String w : f.warnings) {
                warnings.add(p.source.name() + ": " + w);
            }
            if (!cl.quiet()) {
                for (String n : f.notes) {
                    warnings.add(p.source.name() + ": " + n);
                }
            }
            messages(warnings);
            if (!f.warnings.isEmpty()) {
                status = Math.max(status, Main.INTERNAL_ERROR);
            }
        }
        if (internal != null) {
            messages(List.of(internal));
            status = Math.max(status, Main.INTERNAL_ERROR);
        }
        if (p.lastOfSource) {
            progress.done(p.source.size());
        } else if (p.consumed > 0 && !p.source.stdin()) {
            progress.within(Math.min(p.consumed, p.source.size()));
        }
    }

    private void messages(List<String> lines) throws OutputGone {
        if (lines.isEmpty()) {
            return;
        }
        flush();
        progress.clear();
        for (String m : lines) {
            err.print("zhibiao: " + m + "\n");
        }
    }

    private void write(CharSequence text) throws OutputGone {
        write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void write(byte[] bytes) throws OutputGone {
        if (bytes.length == 0) {
            return;
        }
        try {
            out.write(bytes);
            // Each section's output goes out at once: a reader that stops (| head) stops the run at the next one.
            out.flush();
        } catch (IOException e) {
            throw gone(e);
        }
    }

    private void flush() throws OutputGone {
        try {
            out.flush();
        } catch (IOException e) {
            throw gone(e);
        }
    }

    private static OutputGone gone(IOException e) {
        return new OutputGone(e, isBrokenPipe(e));
    }

    /** Whether a write failed because the reader went away: the JDK reports EPIPE only in the message. */
    static boolean isBrokenPipe(IOException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Broken pipe") || m.contains("broken pipe") || m.contains("EPIPE");
    }

    /** Standard input stays open for the caller. */
    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns standard input
            }
        };
    }
}
