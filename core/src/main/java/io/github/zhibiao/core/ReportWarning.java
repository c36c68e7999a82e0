package io.github.zhibiao.core;

import java.util.Objects;

/**
 * Something a {@link ReportParser} could not read in one part of a report, which the {@link Report} says instead
 * of leaving a silent gap: for a sentence the parser failed on, "sentence not read (internal error:
 * StringIndexOutOfBoundsException)" with the sentence's offsets. Every other statement of the report is kept.
 *
 * <p>Offsets are UTF-16 indexes {@code [start, end)} in the text given to {@link ReportParser#parse(CharSequence)};
 * {@code start == end} for a warning about the whole report.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportWarning {
    private final int start;
    private final int end;
    private final String message;

    private ReportWarning(int start, int end, String message) {
        this.start = start;
        this.end = end;
        this.message = message;
    }

    /**
     * Returns a warning about the text {@code [start, end)}.
     *
     * @param start the start offset, at least 0
     * @param end the end offset, at least {@code start}
     * @param message what went wrong, in a few English words, not null
     * @return the warning, never null
     * @throws IllegalArgumentException if the offsets are negative or reversed
     * @throws NullPointerException if {@code message} is null
     */
    public static ReportWarning of(int start, int end, String message) {
        Objects.requireNonNull(message, "message");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("warning offsets must satisfy 0 <= start <= end: [" + start + ", "
                    + end + ")");
        }
        return new ReportWarning(start, end, message);
    }

    /** @return the start offset of the text the warning is about */
    public int start() {
        return start;
    }

    /** @return the end offset (exclusive) of the text the warning is about */
    public int end() {
        return end;
    }

    /** @return what went wrong, never null */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ReportWarning)) {
            return false;
        }
        ReportWarning w = (ReportWarning) o;
        return start == w.start && end == w.end && message.equals(w.message);
    }

    @Override
    public int hashCode() {
        return (start * 31 + end) * 31 + message.hashCode();
    }

    /** @return e.g. "[120, 152) sentence not read (internal error: ArithmeticException)" */
    @Override
    public String toString() {
        return "[" + start + ", " + end + ") " + message;
    }
}
