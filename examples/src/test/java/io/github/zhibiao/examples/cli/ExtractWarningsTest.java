package io.github.zhibiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.core.Report;
import io.github.zhibiao.core.ReportParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What extract prints for a report that carries warnings: every statement, and each warning in whole-input offsets. */
class ExtractWarningsTest {

    @Test
    void printsTheReportsWarningsShiftedIntoTheWholeInput() {
        String plain = "2025年，全县地区生产总值增长5.8%。规上工业增加值增长4.1%城镇化率62%。\n";
        int second = plain.indexOf("规上");
        // A text that fails on the second sentence's statements stands for a bug left in the parser.
        CharSequence failing = new CharSequence() {
            @Override
            public int length() {
                return plain.length();
            }

            @Override
            public char charAt(int index) {
                return plain.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                if (start >= second && end - start < plain.length() - second) {
                    throw new IllegalStateException("hidden bug");
                }
                return plain.subSequence(start, end);
            }

            @Override
            public String toString() {
                return plain;
            }
        };
        Report report = ReportParser.create().parse(failing);
        List<String> warnings = new ArrayList<>();

        List<Finding> found = Extract.findings(report, 1000, warnings);

        assertThat(found).extracting(f -> f.statement().indicatorCode() + " " + f.start() + "-" + f.end())
                .containsExactly("GDP 1008-1020");
        assertThat(warnings).containsExactly("[" + (1000 + second) + ", " + (1000 + plain.length() - 2)
                + ") sentence not read (internal error: IllegalStateException): \"规上工业增加值增长4.1%城镇化率62%\"");
    }
}
