package io.github.zhibiao.numbers;

/**
 * Thrown by {@link Quantities#parse(CharSequence)} when a string is not exactly one quantity. The message
 * names the text and the index where parsing failed, as {@code java.time.format.DateTimeParseException} does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuantityParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int EXCERPT = 40;

    private final String parsedText;
    private final int errorIndex;

    QuantityParseException(String reason, CharSequence text, int errorIndex) {
        super(reason + " at index " + errorIndex + " in \"" + excerpt(text) + "\"");
        this.parsedText = excerpt(text);
        this.errorIndex = errorIndex;
    }

    private static String excerpt(CharSequence text) {
        String s = text.toString();
        return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT) + "…";
    }

    /** @return the text that failed to parse (shortened to 40 characters), never null */
    public String getParsedText() {
        return parsedText;
    }

    /** @return the UTF-16 index in the text where parsing failed */
    public int getErrorIndex() {
        return errorIndex;
    }
}
