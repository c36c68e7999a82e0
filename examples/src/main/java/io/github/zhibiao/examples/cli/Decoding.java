package io.github.zhibiao.examples.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which charset a report's bytes are in, and decoding them so that offsets stay UTF-16 indices into the decoded
 * text. A byte order mark decides first (UTF-8 EF BB BF, UTF-16LE FF FE, UTF-16BE FE FF) and stays in the text as
 * U+FEFF; without one, bytes that are UTF-8 (allowing a few corrupt bytes in otherwise valid UTF-8) are UTF-8, and
 * any other bytes are GB18030, the superset of GBK and GB2312 in which Chinese government sites publish.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class Decoding {
    static final Charset GB18030 = Charset.forName("GB18030");

    private Decoding() {
    }

    /**
     * Guesses the charset of {@code bytes[0, length)}, the whole text or its beginning.
     *
     * @param complete whether the bytes are the whole text (else a sequence cut at the end is not an error)
     * @return the charset, never null
     */
    static Charset detect(byte[] bytes, int length, boolean complete) {
        if (length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        long counts = utf8Counts(bytes, length, complete);
        long valid = counts >>> 32;
        long malformed = counts & 0xffffffffL;
        // A UTF-8 file with a few corrupt bytes stays UTF-8; GBK text read as UTF-8 has more malformed sequences
        // than valid multi-byte ones (its lead bytes are mostly continuation bytes in UTF-8).
        return malformed == 0 || valid > 2 * malformed ? StandardCharsets.UTF_8 : GB18030;
    }

    /** @return whether the bytes start with a UTF-16 byte order mark (FF FE or FE FF) */
    static boolean hasUtf16Mark(byte[] b, int length) {
        return length >= 2 && ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe
                || (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff);
    }

    /** @return the bytes decoded as UTF-8, or null when they are not valid UTF-8 */
    static String strictUtf8(byte[] b, int length) {
        try {
            return newDecoder(StandardCharsets.UTF_8, CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Counts valid multi-byte UTF-8 sequences (high 32 bits) and malformed ones (low 32 bits), in one pass.
     */
    static long utf8Counts(byte[] b, int length, boolean complete) {
        long valid = 0;
        long malformed = 0;
        int i = 0;
        while (i < length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                min = 0x10000;
            } else {
                malformed++;
                i++;
                continue;
            }
            if (i + need >= length) {
                if (!complete) {
                    break; // a sequence cut at the end of a prefix
                }
                malformed++;
                i++;
                continue;
            }
            int cp = c & (0x3f >> need);
            int k = 1;
            while (k <= need && (b[i + k] & 0xc0) == 0x80) {
                cp = (cp << 6) | (b[i + k] & 0x3f);
                k++;
            }
            if (k <= need) {
                malformed++;
                i += k;
                continue;
            }
            if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                malformed++;
                i += need + 1;
                continue;
            }
            valid++;
            i += need + 1;
        }
        return (valid << 32) | Math.min(malformed, 0xffffffffL);
    }

    /**
     * Decodes the whole text; malformed or unmappable input becomes U+FFFD, one per sequence.
     *
     * @return the text and whether anything was replaced
     */
    static Decoded decode(byte[] bytes, int length, Charset charset) {
        try {
            String text = newDecoder(charset, CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
            return new Decoded(text, false);
        } catch (CharacterCodingException e) {
            // Decode again, replacing; rare enough that the second pass costs nothing worth saving.
            return new Decoded(replaceDecode(bytes, length, charset), true);
        }
    }

    private static String replaceDecode(byte[] bytes, int length, Charset charset) {
        try {
            return newDecoder(charset, CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("a replacing decoder does not fail", e);
        }
    }

    /**
     * A decoder that keeps a byte order mark as U+FEFF: UTF-16LE and UTF-16BE do, the JDK's "UTF-16" would drop it.
     */
    static CharsetDecoder newDecoder(Charset charset, CodingErrorAction onError) {
        return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }

    /** Decoded text and whether malformed input was replaced. */
    record Decoded(String text, boolean replaced) {
    }
}
