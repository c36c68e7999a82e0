package io.github.zhibiao.core;

import java.util.Objects;

/**
 * Something a {@link ReportParser} could not decide for sure and says rather than guesses: "no date line; report
 * year 2025 taken from the heading 一、2024年工作回顾", or signals that disagree about the report's year. The span
 * {@code [start, end)} points at the text the warning is about ({@code 0, 0} for the report as a whole).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportWarning {
    /** What a warning is about. */
    public enum Kind {
        /** A part of the text could not be read (an internal error on one sentence): its statements are missing. */
        TEXT_NOT_READ,
        /** Something decided without certainty, such as a report year taken from the file name or guessed. */
        UNCERTAIN
    }

    private final Kind kind;
    private final int start;
    private final int end;
    private final String message;

    private ReportWarning(Kind kind, int start, int end, String message) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.start = start;
        this.end = end;
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * Returns a warning that a part of the text was not read ({@link Kind#TEXT_NOT_READ}).
     *
     * @param start the UTF-16 offset where the text it is about starts, ≥ 0
     * @param end the offset where it ends, ≥ start
     * @param message what was found and what was done, in English, naming the text; not null
     * @return the warning, never null
     * @throws IllegalArgumentException if the span is negative or reversed
     */
    public static ReportWarning of(int start, int end, String message) {
        return of(Kind.TEXT_NOT_READ, start, end, message);
    }

    /**
     * Returns a warning of a given kind.
     *
     * @param kind what it is about, not null
     * @param start the UTF-16 offset where the text it is about starts, ≥ 0
     * @param end the offset where it ends, ≥ start
     * @param message what was found and what was done, in English, naming the text; not null
     * @return the warning, never null
     * @throws IllegalArgumentException if the span is negative or reversed
     */
    public static ReportWarning of(Kind kind, int start, int end, String message) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        return new ReportWarning(kind, start, end, message);
    }

    /** @return what the warning is about: a part not read, or a decision taken without certainty; never null */
    public Kind kind() {
        return kind;
    }

    /** @return the UTF-16 offset where the text the warning is about starts */
    public int start() {
        return start;
    }

    /** @return the UTF-16 offset where it ends (exclusive) */
    public int end() {
        return end;
    }

    /** @return what was found and what was done; never null */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportWarning && ((ReportWarning) o).kind == kind && ((ReportWarning) o).start == start
                && ((ReportWarning) o).end == end && ((ReportWarning) o).message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, start, end, message);
    }

    /** @return e.g. "[0, 0) no date line; report year 2025 taken from the heading 一、2024年工作回顾" */
    @Override
    public String toString() {
        return "[" + start + ", " + end + ") " + message;
    }
}
