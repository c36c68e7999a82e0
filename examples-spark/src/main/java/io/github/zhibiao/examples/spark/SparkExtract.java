package io.github.zhibiao.examples.spark;

import io.github.zhibiao.core.Report;
import io.github.zhibiao.core.ReportParser;
import io.github.zhibiao.core.Statement;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Extracts every fact and target of a directory of reports into a table with one row per statement
 * ({@link StatementRow}), on Apache Spark: the reports are read as binary files, and each partition parses its
 * reports with one {@link ReportParser} (thread-safe, built once per partition because it is not serializable).
 *
 * <pre>
 * spark-submit --class io.github.zhibiao.examples.spark.SparkExtract --master 'local[2]' \
 *     examples-spark/target/zhibiao-spark.jar seeds/ statements.parquet parquet
 * </pre>
 *
 * <p>This class holds no state and is thread-safe.
 */
public final class SparkExtract {
    private SparkExtract() {
    }

    /**
     * Runs the job: {@code SparkExtract INPUT_DIR OUTPUT [parquet|json]}.
     *
     * @param args the input directory (every {@code *.txt} below it), the output path and the format (default
     *     parquet)
     */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SparkExtract INPUT_DIR OUTPUT [parquet|json]");
            System.exit(2);
        }
        String format = args.length == 3 ? args[2] : "parquet";
        SparkSession spark = SparkSession.builder().appName("zhibiao-extract").getOrCreate();
        try {
            long rows = extract(spark, args[0], args[1], format);
            System.err.println("zhibiao: " + rows + " statements written to " + args[1]);
        } finally {
            spark.stop();
        }
    }

    /**
     * Reads the reports below {@code input} and writes their statements to {@code output}.
     *
     * @param spark the session, not null
     * @param input a directory; every {@code *.txt} file below it is a report
     * @param output where the table goes (overwritten)
     * @param format "parquet" or "json"
     * @return the number of rows written
     */
    public static long extract(SparkSession spark, String input, String output, String format) {
        Dataset<StatementRow> statements = statements(spark, input).cache();
        statements.write().mode(SaveMode.Overwrite).format(format).save(output);
        long n = statements.count();
        statements.unpersist();
        return n;
    }

    /**
     * The statements of the reports below {@code input}, one row each, ordered by file and offset.
     *
     * @param spark the session, not null
     * @param input a directory
     * @return the rows, never null
     */
    public static Dataset<StatementRow> statements(SparkSession spark, String input) {
        Dataset<Row> files = spark.read().format("binaryFile").option("pathGlobFilter", "*.txt")
                .option("recursiveFileLookup", "true").load(input).select("path", "content");
        MapPartitionsFunction<Row, StatementRow> parse = SparkExtract::parsePartition;
        return files.mapPartitions(parse, Encoders.bean(StatementRow.class)).orderBy("file", "start", "end");
    }

    /** One parser per partition: its tables are loaded once per executor JVM and shared by its tasks. */
    static Iterator<StatementRow> parsePartition(Iterator<Row> files) {
        ReportParser parser = ReportParser.create();
        List<StatementRow> out = new ArrayList<>();
        while (files.hasNext()) {
            Row f = files.next();
            String path = f.getString(0);
            Report report = parser.parse(decode((byte[]) f.get(1)));
            for (Statement s : report.statements()) {
                out.add(StatementRow.of(path, s));
            }
        }
        return out.iterator();
    }

    /** UTF-8 (a byte order mark stays as U+FEFF), or GB18030 when the bytes are not UTF-8. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
