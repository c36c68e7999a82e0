package io.github.zhibiao.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads one input as text in sections, so that a report of any size runs in bounded memory. An input of at most
 * {@link #WHOLE} bytes is one section, decoded whole (every report we have seen; the output is then exactly that of
 * reading the file at once). A larger input is decoded as it streams in and cut into sections of about
 * {@link #SECTION} chars at a paragraph end: a line break after 。！？； or a blank line, else any line break, else
 * (text without line breaks) at {@code 2 × SECTION} chars.
 *
 * <p>Offsets of each section are UTF-16 indices into the whole decoded text: {@link Section#offset()} is where the
 * section starts. A byte order mark stays in the text as U+FEFF. The charset is the one given, or the one
 * {@link Decoding#detect} finds in the first {@link #WHOLE} bytes.
 *
 * <p>Instances are mutable and not thread-safe.
 */
final class SourceReader implements Closeable {
    /** Inputs up to this many bytes are read and decoded whole. */
    static final int WHOLE = 1 << 20;
    /** The size a section of a larger input aims at, in chars. */
    static final int SECTION = 1 << 18;

    private final InputStream in;
    private final Charset charset;
    private final boolean detected;
    private final byte[] head;
    private final int headLength;
    private final boolean whole;
    /** The whole text when the strict UTF-8 decode in the constructor succeeded, else null. */
    private String wholeText;
    private CharsetDecoder decoder;
    private ByteBuffer bytes;
    private CharBuffer chars;
    private final StringBuilder pending = new StringBuilder();
    private boolean eof;
    private long readTotal;
    private boolean flushed;
    private boolean replaced;
    private int index;
    private int offset;
    private boolean done;

    /**
     * Opens the input and reads its first {@link #WHOLE} bytes.
     *
     * @param in the bytes, not null; closed by {@link #close()}
     * @param forced the charset to use, or null to detect it
     * @throws IOException when reading fails
     */
    SourceReader(InputStream in, Charset forced) throws IOException {
        this.in = Objects.requireNonNull(in, "in");
        // Sized by what is read (most reports are tens of KB), not by WHOLE: a corpus run opens thousands.
        this.head = in.readNBytes(WHOLE + 1);
        this.headLength = head.length;
        this.whole = headLength <= WHOLE;
        Charset c = forced;
        if (c == null && whole && !Decoding.hasUtf16Mark(head, headLength)) {
            // Most inputs are valid UTF-8: one strict decode both detects and decodes them.
            wholeText = Decoding.strictUtf8(head, headLength);
            c = wholeText != null ? StandardCharsets.UTF_8 : null;
        }
        this.charset = c != null ? c : Decoding.detect(head, headLength, whole);
        this.detected = forced == null;
    }


    /** @return the charset the text is decoded with, never null */
    Charset charset() {
        return charset;
    }

    /** @return whether the charset was detected rather than given */
    boolean detected() {
        return detected;
    }

    /** @return whether malformed input was replaced with U+FFFD so far (final after the last section) */
    boolean replaced() {
        return replaced;
    }

    /** @return how many bytes of the input the sections so far hold, about (for progress) */
    long consumed() {
        return bytes == null ? (done ? headLength : 0) : readTotal - bytes.remaining();
    }

    /** @return whether the whole input is one section, known as soon as the reader is open */
    boolean whole() {
        return whole;
    }

    /**
     * Returns the next section, or null after the last one. An empty input is one empty section.
     *
     * @throws IOException when reading fails
     */
    Section next() throws IOException {
        if (done) {
            return null;
        }
        if (whole) {
            done = true;
            if (wholeText != null) {
                String text = wholeText;
                wholeText = null;
                return new Section(0, 0, text);
            }
            Decoding.Decoded d = Decoding.decode(head, headLength, charset);
            replaced = d.replaced();
            return new Section(0, 0, d.text());
        }
        if (decoder == null) {
            decoder = Decoding.newDecoder(charset, CodingErrorAction.REPORT);
            bytes = ByteBuffer.wrap(head, 0, headLength);
            readTotal = headLength;
            chars = CharBuffer.allocate(1 << 16);
        }
        while (!flushed && pending.length() < 2 * SECTION) {
            decodeSome();
        }
        int cut = flushed && pending.length() <= 2 * SECTION ? pending.length() : cut(pending);
        if (cut == 0 && index > 0) {
            done = true;
            return null;
        }
        Section s = new Section(index++, offset, pending.substring(0, cut));
        pending.delete(0, cut);
        offset += cut;
        if (flushed && pending.length() == 0) {
            done = true;
        }
        return s;
    }

    /** Decodes what the buffer holds and reads more, replacing malformed input with U+FFFD. */
    private void decodeSome() throws IOException {
        if (!eof) {
            bytes.compact();
            int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (r < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + r);
                readTotal += r;
            }
            bytes.flip();
        }
        while (true) {
            CoderResult cr = decoder.decode(bytes, chars, eof);
            if (cr.isOverflow()) {
                drain();
            } else if (cr.isError()) {
                replaced = true;
                bytes.position(bytes.position() + cr.length());
                if (!chars.hasRemaining()) {
                    drain();
                }
                chars.put('\ufffd');
            } else {
                break;
            }
        }
        if (eof) {
            while (decoder.flush(chars).isOverflow()) {
                drain();
            }
            flushed = true;
        }
        drain();
    }

    private void drain() {
        chars.flip();
        pending.append(chars);
        chars.clear();
    }

    /** Where to end a section of {@code text}, which holds more than {@code 2 × SECTION} chars. */
    static int cut(CharSequence text) {
        int limit = Math.min(text.length(), 2 * SECTION);
        int anyBreak = -1;
        for (int i = SECTION; i < limit; i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            anyBreak = anyBreak < 0 ? i + 1 : anyBreak;
            int p = i - 1;
            while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\r' || text.charAt(p) == '\t'
                    || text.charAt(p) == '\u3000')) {
                p--;
            }
            char c = p < 0 ? '\n' : text.charAt(p);
            if (c == '\n' || c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';') {
                return i + 1;
            }
        }
        if (anyBreak > 0) {
            return anyBreak;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * A part of an input's text.
     *
     * @param index 0 for the first section
     * @param offset where the section starts in the whole decoded text
     * @param text the section's text
     */
    record Section(int index, int offset, String text) {
    }
}
