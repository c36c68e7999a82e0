package io.github.zhibiao.examples.samples;

import io.github.zhibiao.core.ReportParser;
import io.github.zhibiao.core.panel.Attainment;
import io.github.zhibiao.core.panel.Check;
import io.github.zhibiao.core.panel.Panel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sample: join reports of several years into a panel and judge each target against the outcome the next report
 * states. Copy it to start.
 *
 * <p>Run it with {@code java -cp examples/target/zhibiao.jar io.github.zhibiao.examples.samples.BuildPanel} for two
 * built-in excerpts of work reports of the fictional 明湖县, or with file names (in any order) to join whole reports.
 * It prints lines such as
 * <pre>
 * 明湖县 GDP 2021: MET on CHANGE, gap 0.2 PERCENTAGE_POINT
 * 明湖县 GENERAL_BUDGET_REVENUE 2021: MISSED on CHANGE, gap -0.5 PERCENTAGE_POINT
 * </pre>
 */
public final class BuildPanel {
    private BuildPanel() {
    }

    /**
     * Builds the panel of the excerpts, or of the UTF-8 files named by the arguments.
     *
     * @param args optional paths of reports
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        ReportParser parser = ReportParser.create();
        Panel.Builder builder = Panel.builder();
        if (args.length == 0) {
            builder.add("2021.txt", parser.parse("——2021年1月20日在明湖县第十八届人民代表大会第五次会议上\n"
                    + "二、2021年主要预期目标\n全县地区生产总值增长7%左右；一般公共预算收入增长6%以上。\n"));
            builder.add("2022.txt", parser.parse("——2022年1月18日在明湖县第十八届人民代表大会第六次会议上\n"
                    + "一、2021年工作回顾\n过去一年，全县地区生产总值完成215亿元，增长7.2%；一般公共预算收入15.9亿元，增长5.5%。\n"));
        }
        for (String a : args) {
            builder.add(a, parser.parse(Files.readString(Path.of(a), StandardCharsets.UTF_8)));
        }
        // The panel is immutable: share it, query it from any thread.
        Panel panel = builder.build();
        System.out.println(panel);
        for (Attainment a : panel.attainments()) {
            System.out.println(a);
        }
        for (Check c : panel.inconsistencies()) {
            System.out.println(c);
        }
    }
}
