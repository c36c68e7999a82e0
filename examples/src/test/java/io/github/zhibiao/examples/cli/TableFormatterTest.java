package io.github.zhibiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableFormatterTest {
    @ParameterizedTest
    @CsvSource({
        "abc, 3",
        "增长, 4",
        "350.19亿元, 10",
        "５．８％, 8",
        "“十四五”, 8",
        "𠀀, 2",
        "é, 1",
    })
    void measuresDisplayWidth(String s, int width) {
        assertThat(DisplayWidth.of(s)).isEqualTo(width);
    }

    @Test
    void alignsChineseColumnsByDisplayWidth() {
        TableFormatter t = new TableFormatter(List.of("text", "unit", "clause"));
        t.addRow(List.of("350.19亿元", "CNY", "营业收入350.19亿元"));
        t.addRow(Arrays.asList("增长24%", null, "增长24%"));

        assertThat(t.format()).isEqualTo(
                "text        unit  clause\n"
                + "----------  ----  ------\n"
                + "350.19亿元  CNY   营业收入350.19亿元\n"
                + "增长24%           增长24%\n");
    }

    @Test
    void printsLineBreaksInCellsAsSpacesAndTrimsLineEnds() {
        TableFormatter t = new TableFormatter(List.of("a", "b"));
        t.addRow(Arrays.asList("行1\n行2", ""));

        assertThat(t.format()).endsWith("行1 行2\n");
    }

    @Test
    void csvQuotesOnlyWhatNeedsQuoting() {
        assertThat(CsvWriter.row(Arrays.asList("seeds/x.txt", "他说\"增长\"", "a,b", "行1\n行2", null, "", " x")))
                .isEqualTo("seeds/x.txt,\"他说\"\"增长\"\"\",\"a,b\",\"行1\n行2\",,,\" x\"\r\n");
    }
}
