package io.github.zhibiao.examples.cli;

import java.util.Objects;

/**
 * Builds one JSON value, such as a JSON Lines record, into a {@link StringBuilder}, with the commas and
 * escapes right: {@code {"text":"350.19亿元","start":120}}. Chinese text stays as it is (the output stream
 * encodes it as UTF-8); quotes, backslashes, control characters, U+2028/U+2029 and lone surrogates are
 * escaped, so every line is valid JSON and valid UTF-8.
 *
 * <p>Usage: {@code new JsonWriter().beginObject().name("unit").value("CNY").endObject().toString()}.
 *
 * <p>Instances are mutable and not thread-safe; use one per thread.
 */
final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    /** For each open container, whether a value has been written in it yet (so the next needs a comma). */
    private boolean[] written = new boolean[8];
    private int depth;
    private boolean afterName;

    JsonWriter() {
        this(new StringBuilder(256));
    }

    JsonWriter(StringBuilder out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        push();
        return this;
    }

    JsonWriter endObject() {
        pop();
        out.append('}');
        return this;
    }

    JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        push();
        return this;
    }

    JsonWriter endArray() {
        pop();
        out.append(']');
        return this;
    }

    /**
     * Writes a member name inside an object.
     *
     * @param name the name, not null
     * @return this writer
     */
    JsonWriter name(String name) {
        Objects.requireNonNull(name, "name");
        if (depth == 0 || afterName) {
            throw new IllegalStateException("a name belongs inside an object, before its value: " + name);
        }
        if (written[depth - 1]) {
            out.append(',');
        }
        written[depth - 1] = true;
        quote(name, out);
        out.append(':');
        afterName = true;
        return this;
    }

    /**
     * Writes a string, or {@code null} when {@code value} is null.
     *
     * @param value the string, or null
     * @return this writer
     */
    JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        quote(value, out);
        return this;
    }

    JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** Shortcut for {@code name(name).value(value)}. */
    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    /** Shortcut for {@code name(name).nullValue()}. */
    JsonWriter nullValue(String name) {
        return name(name).nullValue();
    }

    /** Shortcut for {@code name(name).value(value)}. */
    JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    /** Shortcut for {@code name(name).value(value)}. */
    JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    /** @return the JSON written so far */
    @Override
    public String toString() {
        return out.toString();
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (written[depth - 1]) {
                out.append(',');
            }
            written[depth - 1] = true;
        }
    }

    private void push() {
        if (depth == written.length) {
            written = java.util.Arrays.copyOf(written, depth * 2);
        }
        written[depth++] = false;
    }

    private void pop() {
        if (depth == 0 || afterName) {
            throw new IllegalStateException("nothing to close");
        }
        depth--;
    }

    /**
     * Appends {@code s} as a quoted JSON string: {@code 他说"增长"} becomes {@code "他说\"增长\""}.
     *
     * @param s the string, not null
     * @param sb where to append, not null
     */
    static void quote(CharSequence s, StringBuilder sb) {
        sb.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\b':
                    sb.append("\\b");
                    break;
                case '\f':
                    sb.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(c, sb);
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // A lone surrogate has no UTF-8 form; the escape keeps the line valid and the offsets honest.
                        unicodeEscape(c, sb);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    /** @return {@code s} as a quoted JSON string */
    static String quote(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(s, sb);
        return sb.toString();
    }

    private static void unicodeEscape(char c, StringBuilder sb) {
        sb.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }
}
