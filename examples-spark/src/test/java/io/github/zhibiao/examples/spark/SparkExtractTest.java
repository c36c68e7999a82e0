package io.github.zhibiao.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.core.ReportParser;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the Spark job in local mode on the seeds, one as a GB18030 copy in a subdirectory. */
class SparkExtractTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("zhibiao-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<Path> seeds() throws IOException {
        Path d = Paths.get("").toAbsolutePath();
        while (d != null && !Files.exists(d.resolve("seeds").resolve("README.md"))) {
            d = d.getParent();
        }
        assertThat(d).isNotNull();
        try (Stream<Path> files = Files.list(d.resolve("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void extractsOneRowPerStatementOfEveryReport() throws IOException {
        Path input = Files.createDirectories(dir.resolve("reports").resolve("gb"));
        ReportParser parser = ReportParser.create();
        long expected = 0;
        for (Path s : seeds()) {
            String text = Files.readString(s, StandardCharsets.UTF_8);
            expected += parser.parse(text).statements().size();
            Path target = s.getFileName().toString().startsWith("002") ? input.resolve(s.getFileName())
                    : input.getParent().resolve(s.getFileName());
            Files.write(target, text.getBytes(target.startsWith(input) ? Charset.forName("GB18030")
                    : StandardCharsets.UTF_8));
        }
        Files.writeString(input.getParent().resolve("README.md"), "增长5%");
        String output = dir.resolve("statements.json").toString();

        long rows = SparkExtract.extract(spark, input.getParent().toString(), output, "json");

        assertThat(expected).isEqualTo(132); // the seeds' statements, five-year levels and growths apart
        assertThat(rows).isEqualTo(expected);
        Dataset<Row> table = spark.read().json(output);
        assertThat(table.count()).isEqualTo(expected);
        List<Row> gdp = table.filter("indicator = 'GDP' AND kind = 'fact' AND period = '2025'")
                .select("file", "name", "subject", "change", "changeUnit", "changeDirection", "text").collectAsList();
        assertThat(gdp).hasSize(1);
        Row r = gdp.get(0);
        assertThat(r.getString(0)).endsWith("/gb/002_0d7a868e768d3975.txt");
        assertThat(r.getString(1)).isEqualTo("地区生产总值");
        assertThat(r.getString(2)).isEqualTo("平阴县");
        assertThat(r.getString(3)).isEqualTo("5.8");
        assertThat(r.getString(4)).isEqualTo("PERCENT");
        assertThat(r.getString(5)).isEqualTo("increase");
        assertThat(r.getString(6)).isEqualTo("地区生产总值增长5.8%");
    }
}
