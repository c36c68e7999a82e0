package io.github.zhibiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which charset the bytes of a report are read in, and reading large inputs in sections. */
class DecodingTest {
    private static final Charset GB = Charset.forName("GB18030");

    /** Columns: how the bytes are made | the charset detected. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        utf8:全县地区生产总值增长5.8%           | UTF-8
        utf8bom:全县地区生产总值增长5.8%        | UTF-8
        utf16le-bom:全县地区生产总值增长5.8%    | UTF-16LE
        utf16be-bom:全县地区生产总值增长5.8%    | UTF-16BE
        gb18030:全县地区生产总值增长5.8%        | GB18030
        gb18030:48.5亿元                      | GB18030
        ascii:GDP grew 5.8%                  | UTF-8
        empty:                               | UTF-8
        utf8-one-bad-byte:全县地区生产总值增长5.8%，规上工业增加值增长4.1% | UTF-8
        """)
    void detectsTheCharset(String spec, String expected) {
        byte[] b = bytes(spec);
        assertThat(Decoding.detect(b, b.length, true).name()).isEqualTo(expected);
    }

    static byte[] bytes(String spec) {
        int colon = spec.indexOf(':');
        String how = spec.substring(0, colon);
        String text = spec.substring(colon + 1);
        switch (how) {
            case "utf8":
            case "ascii":
            case "empty":
                return text.getBytes(StandardCharsets.UTF_8);
            case "utf8bom":
                return concat(HexFormat.of().parseHex("efbbbf"), text.getBytes(StandardCharsets.UTF_8));
            case "utf16le-bom":
                return concat(HexFormat.of().parseHex("fffe"), text.getBytes(StandardCharsets.UTF_16LE));
            case "utf16be-bom":
                return concat(HexFormat.of().parseHex("feff"), text.getBytes(StandardCharsets.UTF_16BE));
            case "gb18030":
                return text.getBytes(GB);
            case "utf8-one-bad-byte": {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                b[4] = (byte) 0xff;
                return b;
            }
            default:
                throw new AssertionError(how);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void keepsTheByteOrderMarkInEveryCharset() {
        for (String spec : List.of("utf8bom:增", "utf16le-bom:增", "utf16be-bom:增")) {
            byte[] b = bytes(spec);
            Decoding.Decoded d = Decoding.decode(b, b.length, Decoding.detect(b, b.length, true));
            assertThat(d.text()).as(spec).isEqualTo("\ufeff增");
            assertThat(d.replaced()).isFalse();
        }
    }

    @Test
    void countsValidAndMalformedUtf8Sequences() {
        // 增 (3 bytes), é (2 bytes), 😀 (4 bytes); then a lone continuation byte (1 error), an overlong 2-byte
        // form (2: the lead, then its continuation alone), a surrogate in 3 bytes (1), and a 3-byte sequence cut
        // after 2 bytes at the end (2)
        byte[] b = concat("增é😀".getBytes(StandardCharsets.UTF_8), HexFormat.of().parseHex("80c0afeda080e5a2"));
        long counts = Decoding.utf8Counts(b, b.length, true);
        assertThat(counts >>> 32).isEqualTo(3);
        assertThat(counts & 0xffffffffL).isEqualTo(6);
        // as a prefix, the cut sequence at the end is no error
        assertThat(Decoding.utf8Counts(b, b.length, false) & 0xffffffffL).isEqualTo(4);
    }

    @Test
    void cutsSectionsAtParagraphEnds() {
        StringBuilder b = new StringBuilder();
        b.append("甲".repeat(SourceReader.SECTION + 10)).append("，未完\n接着写。\n");
        int paragraphEnd = b.length();
        b.append("乙".repeat(SourceReader.SECTION * 2));
        assertThat(SourceReader.cut(b)).isEqualTo(paragraphEnd);
        // no paragraph end: the first line break after SECTION chars
        String lines = "丙".repeat(SourceReader.SECTION + 5) + "\n" + "丁".repeat(SourceReader.SECTION * 2);
        assertThat(SourceReader.cut(lines)).isEqualTo(SourceReader.SECTION + 6);
        // no line break at all: 2 × SECTION chars, never between the halves of a surrogate pair
        String flat = "1,".repeat(SourceReader.SECTION * 2);
        assertThat(SourceReader.cut(flat)).isEqualTo(2 * SourceReader.SECTION);
        String pairs = "😀".repeat(SourceReader.SECTION + 1);
        assertThat(SourceReader.cut(pairs + "x")).isEqualTo(2 * SourceReader.SECTION);
        String shifted = "x" + pairs;
        assertThat(SourceReader.cut(shifted)).isEqualTo(2 * SourceReader.SECTION - 1);
    }

    @Test
    void readsALargeGb18030InputInSectionsThatJoinToTheText() throws IOException {
        String paragraph = "全县地区生产总值增长5.8%；规上工业增加值增长4.1%。\n";
        String text = paragraph.repeat(3 * SourceReader.WHOLE / paragraph.length() / 2);
        byte[] b = concat(text.getBytes(GB), HexFormat.of().parseHex("ff"));
        List<SourceReader.Section> sections = new ArrayList<>();
        try (SourceReader r = new SourceReader(new ByteArrayInputStream(b), null)) {
            assertThat(r.whole()).isFalse();
            assertThat(r.charset()).isEqualTo(GB);
            SourceReader.Section s;
            while ((s = r.next()) != null) {
                sections.add(s);
            }
            assertThat(r.replaced()).isTrue();
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < sections.size(); i++) {
            assertThat(sections.get(i).index()).isEqualTo(i);
            assertThat(sections.get(i).offset()).isEqualTo(joined.length());
            assertThat(sections.get(i).text()).endsWith(i < sections.size() - 1 ? "。\n" : "\ufffd");
            joined.append(sections.get(i).text());
        }
        assertThat(sections.size()).isGreaterThan(2);
        assertThat(joined.toString()).isEqualTo(text + "\ufffd");
    }
}
