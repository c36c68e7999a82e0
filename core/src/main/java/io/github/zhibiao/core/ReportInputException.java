package io.github.zhibiao.core;

/**
 * Thrown when a caller hands the core module input it cannot accept: a malformed catalog line such as
 * {@code "GDP\t地区生产总值\tMONEY\t-\tGDP"} (unknown dimension), a blank region override, or a period string
 * such as {@code "2024-13"}. Running report text never causes it: {@link ReportParser#parse(CharSequence)}
 * reads any text without throwing.
 *
 * <p>The message names the offending input (shortened when long) and, where it applies, the index at which it
 * went wrong, available from {@link #getErrorIndex()}.
 *
 * <p>This class is immutable and thread-safe (as far as any exception is).
 */
public final class ReportInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The rejected input. */
    private final String input;
    /** Where in {@link #input} the problem is, or -1. */
    private final int errorIndex;

    ReportInputException(String message, CharSequence input, int errorIndex) {
        super(message + describe(input, errorIndex));
        this.input = input == null ? "" : input.toString();
        this.errorIndex = errorIndex;
    }

    private static String describe(CharSequence input, int errorIndex) {
        if (input == null) {
            return "";
        }
        String s = input.toString();
        String shown = s.length() > 80 ? s.substring(0, 77) + "..." : s;
        return errorIndex >= 0 ? ": \"" + shown + "\" at index " + errorIndex : ": \"" + shown + "\"";
    }

    /**
     * Returns the input that was rejected.
     *
     * @return the input, never null (empty when there was none)
     */
    public String getInput() {
        return input;
    }

    /**
     * Returns the index in {@link #getInput()} where the problem was found.
     *
     * @return the index, or -1 when the problem is not at one place
     */
    public int getErrorIndex() {
        return errorIndex;
    }
}
