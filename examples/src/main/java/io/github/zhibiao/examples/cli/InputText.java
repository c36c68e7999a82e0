package io.github.zhibiao.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The decoded text of one input file (or of standard input, named "-"), as offsets in the output refer to it.
 *
 * <p>Decoding is UTF-8, whatever the platform default. Invalid byte sequences become U+FFFD (the JDK's
 * replacement, one per malformed sequence) and {@link #invalidUtf8()} is true. Nothing else is changed: a
 * leading byte order mark stays in the text as U+FEFF and line breaks are kept as written, so {@code start}
 * and {@code end} are UTF-16 indices into exactly what Python's {@code open(f, encoding="utf-8").read()}
 * returns for the same file (for text without characters beyond U+FFFF, where Python counts code points and
 * Java counts UTF-16 units, and with {@code newline=""} when the file holds CR characters).
 *
 * @param name the file name as given on the command line, or "-" for standard input
 * @param text the decoded text
 * @param invalidUtf8 whether invalid UTF-8 was replaced
 */
record InputText(String name, String text, boolean invalidUtf8) {
    /** The name that stands for standard input. */
    static final String STDIN = "-";

    InputText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads a file, or standard input when {@code name} is "-".
     *
     * @param name the name as given on the command line, not null
     * @param stdin standard input, not null
     * @return the decoded text, never null
     * @throws UnreadableException with a short reason when the file cannot be read
     */
    static InputText read(String name, InputStream stdin) throws UnreadableException {
        byte[] bytes;
        try {
            if (STDIN.equals(name)) {
                bytes = stdin.readAllBytes();
            } else {
                Path path = Path.of(name);
                if (Files.isDirectory(path)) {
                    throw new UnreadableException("is a directory");
                }
                bytes = Files.readAllBytes(path);
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableException("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableException("permission denied");
        } catch (InvalidPathException e) {
            throw new UnreadableException("invalid path (" + e.getReason() + ")");
        } catch (IOException | SecurityException e) {
            String m = e.getMessage();
            throw new UnreadableException(m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
        }
        return decode(name, bytes);
    }

    /**
     * Decodes UTF-8, replacing invalid sequences.
     *
     * @param name the name to carry, not null
     * @param bytes the bytes, not null
     * @return the text, never null
     */
    static InputText decode(String name, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new InputText(name, text, false);
        } catch (CharacterCodingException e) {
            // Decode again, replacing; rare enough that the second pass costs nothing worth saving.
            return new InputText(name, new String(bytes, StandardCharsets.UTF_8), true);
        }
    }

    /** Thrown when an input cannot be read; the message is a short reason such as "no such file". */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String reason) {
            super(reason, null, false, false);
        }
    }
}
