package io.github.zhibiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("350.19亿元", "\"350.19亿元\""),
                Arguments.of("他说\"增长\"", "\"他说\\\"增长\\\"\""),
                Arguments.of("a\\b", "\"a\\\\b\""),
                Arguments.of("行1\n行2\r\n", "\"行1\\n行2\\r\\n\""),
                Arguments.of("\t\b\f", "\"\\t\\b\\f\""),
                Arguments.of("\u0000\u0001\u001f", "\"\\u0000\\u0001\\u001f\""),
                Arguments.of("\u2028\u2029", "\"\\u2028\\u2029\""),
                Arguments.of("\ufeff增长", "\"\ufeff增长\""),
                Arguments.of("𠀀", "\"𠀀\""),
                Arguments.of("x\ud800y", "\"x\\ud800y\""),
                Arguments.of("/<>&'", "\"/<>&'\""),
                Arguments.of("", "\"\""));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void quotesStringsAsJson(String raw, String expected) throws Exception {
        String quoted = JsonWriter.quote(raw);
        assertThat(quoted).isEqualTo(expected);
        if (!raw.contains("\ud800")) {
            assertThat(JSON.readValue(quoted, String.class)).isEqualTo(raw);
        }
    }

    @Test
    void writesNestedObjectsWithCommas() {
        String json = new JsonWriter().beginObject()
                .field("text", "增长5.8%").field("start", 12).nullValue("value")
                .name("change").beginObject().field("direction", "increase").field("to", true).endObject()
                .name("list").beginArray().value(1).value("二").nullValue().endArray()
                .endObject().toString();

        assertThat(json).isEqualTo("{\"text\":\"增长5.8%\",\"start\":12,\"value\":null,"
                + "\"change\":{\"direction\":\"increase\",\"to\":true},\"list\":[1,\"二\",null]}");
    }

    @Test
    void writesNullForNullString() {
        assertThat(new JsonWriter().beginObject().field("unit", (String) null).endObject().toString())
                .isEqualTo("{\"unit\":null}");
    }

    @Test
    void rejectsNameOutsideObject() {
        assertThatThrownBy(() -> new JsonWriter().name("x")).isInstanceOf(IllegalStateException.class);
    }
}
