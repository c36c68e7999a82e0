package io.github.zhibiao.examples.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The progress line on standard error while many inputs are read: {@code 312/1300 files, 4.8/20.1 MB, 9.6 MB/s,
 * ETA 0:02}, rewritten in place at most four times a second and erased at the end. Shown only when standard error
 * is a terminal (so logs and pipes stay clean) and {@code --quiet} is not given.
 *
 * <p>Instances are mutable and not thread-safe; the runner's main thread owns one.
 */
final class Progress {
    private static final long EVERY_NANOS = 250_000_000L;
    private final PrintStream err;
    private final boolean enabled;
    private final int files;
    private final long bytes;
    private final long started = System.nanoTime();
    private long lastShown;
    private int filesDone;
    private long bytesDone;
    private boolean showing;

    Progress(PrintStream err, boolean enabled, int files, long bytes) {
        this.err = err;
        this.enabled = enabled;
        this.files = files;
        this.bytes = bytes;
    }

    /** Counts one input as done. */
    void done(long size) {
        filesDone++;
        bytesDone += size;
        show();
    }

    /** Counts part of the current input as done: {@code bytes} more than the inputs done so far. */
    void within(long bytes) {
        long saved = bytesDone;
        bytesDone += bytes;
        show();
        bytesDone = saved;
    }

    private void show() {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastShown >= EVERY_NANOS) {
            lastShown = now;
            err.print("\r" + line(now) + "\u001b[K");
            err.flush();
            showing = true;
        }
    }

    /** Erases the line, before a message or at the end. */
    void clear() {
        if (showing) {
            err.print("\r\u001b[K");
            err.flush();
            showing = false;
        }
    }

    String line(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double mb = bytesDone / 1e6;
        double rate = mb / seconds;
        StringBuilder b = new StringBuilder("zhibiao: ");
        b.append(filesDone).append('/').append(files).append(" files, ")
                .append(String.format(Locale.ROOT, "%.1f/%.1f MB, %.1f MB/s", mb, bytes / 1e6, rate));
        if (rate > 0 && bytesDone < bytes) {
            long eta = Math.round((bytes - bytesDone) / 1e6 / rate);
            b.append(String.format(Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
        }
        return b.toString();
    }

    /**
     * Whether standard error is a terminal. Java 17 cannot ask this directly, so it looks where file descriptor 2
     * points on Linux ({@code /dev/pts/N}, {@code /dev/ttyN}); elsewhere it answers false and no progress shows.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }
}
