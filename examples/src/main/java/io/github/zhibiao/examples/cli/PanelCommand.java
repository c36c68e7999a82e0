package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.Report;
import io.github.zhibiao.core.ReportContext;
import io.github.zhibiao.core.ReportParser;
import io.github.zhibiao.core.panel.Panel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The {@code panel} command: reads many reports, joins their facts and targets into one
 * {@link Panel} (region × indicator × period) and prints it, long (one row per region, indicator and period, with
 * target, outcome, verdict, gap and sources), wide (one row per region, indicator and measure, with columns per
 * year), or its failed checks; {@code --chart} draws the targets and outcomes with JFreeChart.
 *
 * <pre>
 * zhibiao panel --format table ../shared/corpus/hailaer/
 * zhibiao panel --manifest reports.csv --wide --format csv --chart growth.png
 * </pre>
 *
 * <p>Reports are parsed on {@code --threads} threads (default: the available processors) and joined in input
 * order. This class holds no state and is thread-safe.
 */
final class PanelCommand {
    static final String USAGE = String.join("\n",
            "Usage: zhibiao panel [OPTIONS] [FILE|DIR...]",
            "",
            "Joins the facts and targets of many reports into one table: region x indicator x period, each",
            "target with the outcome a later report states, a verdict (met, missed, not_comparable), the gap and",
            "the sources. A DIR stands for every *.txt file under it.",
            "",
            "Options:",
            "  --manifest FILE   CSV with header file,date,region,kind: the reports to read (when no FILE is",
            "                    given) and their date, region and kind (empty fields are detected)",
            "  --format F        jsonl (default), csv or table",
            "  --wide            one row per region, indicator and measure, with target, outcome and verdict",
            "                    columns for each year",
            "  --checks          print the failed consistency checks instead of the cells",
            "  --chart FILE.png  also draw, per region and indicator, the target band and the outcome line",
            "                    (PNG; .svg needs JFreeSVG on the classpath)",
            "  --threads N       parse on N threads (default: available processors)",
            "  -h, --help        print this help and exit",
            "",
            "Exit status: 0 ok, 1 internal error, 2 bad usage or an unreadable file.",
            "");

    private PanelCommand() {
    }

    /** The panel command line, parsed. */
    record Options(String manifest, OutputFormat format, boolean wide, boolean checks, String chart, int threads,
            boolean help, List<String> paths) {
    }

    static Options parse(List<String> args) throws CommandLine.UsageException {
        String manifest = null;
        OutputFormat format = OutputFormat.JSONL;
        boolean wide = false;
        boolean checks = false;
        boolean help = false;
        String chart = null;
        int threads = Runtime.getRuntime().availableProcessors();
        List<String> paths = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (optionsEnded || !a.startsWith("-") || a.equals("-")) {
                paths.add(a);
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "--":
                    optionsEnded = true;
                    break;
                case "-h":
                case "--help":
                    help = true;
                    break;
                case "--wide":
                    wide = true;
                    break;
                case "--checks":
                    checks = true;
                    break;
                case "--manifest":
                    manifest = value != null ? value : CommandLine.valueOf(args, ++i, name);
                    break;
                case "--chart":
                    chart = value != null ? value : CommandLine.valueOf(args, ++i, name);
                    break;
                case "--format":
                    format = CommandLine.format(value != null ? value : CommandLine.valueOf(args, ++i, name));
                    break;
                case "--threads":
                    String t = value != null ? value : CommandLine.valueOf(args, ++i, name);
                    try {
                        threads = Integer.parseInt(t);
                    } catch (NumberFormatException e) {
                        threads = 0;
                    }
                    if (threads < 1) {
                        throw new CommandLine.UsageException("--threads needs a positive number, not " + t);
                    }
                    break;
                default:
                    throw new CommandLine.UsageException("unknown option " + a);
            }
        }
        if (wide && checks) {
            throw new CommandLine.UsageException("--wide and --checks do not go together");
        }
        if (chart != null && !chart.toLowerCase(Locale.ROOT).endsWith(".png")
                && !chart.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            throw new CommandLine.UsageException("--chart needs a file ending in .png or .svg, not " + chart);
        }
        return new Options(manifest, format, wide, checks, chart, threads, help, paths);
    }

    /**
     * Runs {@code panel}; {@code args.get(0)} is "panel".
     *
     * @return the exit status
     */
    static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = parse(args);
        } catch (CommandLine.UsageException e) {
            err.print("zhibiao: " + e.getMessage() + "\n\n" + USAGE);
            return Main.USAGE_ERROR;
        }
        if (o.help()) {
            out.print(USAGE);
            return Main.OK;
        }
        List<PanelInputs.Input> inputs;
        try {
            inputs = PanelInputs.collect(o.manifest(), o.paths());
        } catch (PanelInputs.BadInputException e) {
            err.print("zhibiao: " + e.getMessage() + "\n");
            return Main.USAGE_ERROR;
        }
        if (inputs.isEmpty() && o.manifest() == null) {
            inputs = List.of(new PanelInputs.Input("-", ReportContext.empty()));
        }
        int[] status = {Main.OK};
        Panel panel = build(inputs, o.threads(), stdin, err, status);
        PanelPrinter.print(panel, o, out);
        out.flush();
        err.print("zhibiao: panel of " + panel.reportCount() + " reports: " + panel.cells().size() + " cells, "
                + panel.attainments().size() + " targets, " + panel.inconsistencies().size()
                + " failed checks\n");
        if (o.chart() != null) {
            try {
                int drawn = PanelChart.write(panel, o.chart());
                err.print("zhibiao: " + o.chart() + ": " + drawn + " series drawn\n");
            } catch (IOException | UnsupportedOperationException e) {
                err.print("zhibiao: cannot write chart " + o.chart() + ": " + e.getMessage() + "\n");
                status[0] = Math.max(status[0], Main.USAGE_ERROR);
            }
        }
        return status[0];
    }

    /** What reading and parsing one input gave: a report, or why the file could not be read. */
    private record Parsed(Report report, boolean invalidUtf8, String unreadable) {
    }

    /** Reads and parses every input on {@code threads} threads and joins the reports in input order. */
    static Panel build(List<PanelInputs.Input> inputs, int threads, InputStream stdin, PrintStream err, int[] status) {
        ReportParser parser = ReportParser.create();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, inputs.size())), r -> {
            Thread t = new Thread(r, "zhibiao-panel");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Parsed>> parsed = new ArrayList<>();
            for (PanelInputs.Input in : inputs) {
                parsed.add(pool.submit(() -> {
                    byte[] bytes;
                    try {
                        bytes = "-".equals(in.name()) ? stdin.readAllBytes()
                                : java.nio.file.Files.readAllBytes(java.nio.file.Path.of(in.name()));
                    } catch (IOException | java.nio.file.InvalidPathException e) {
                        return new Parsed(null, false, e instanceof IOException ? Sources.reason((IOException) e)
                                : e.getMessage());
                    }
                    // The same detection as extract: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030.
                    Decoding.Decoded text = Decoding.decode(bytes, bytes.length,
                            Decoding.detect(bytes, bytes.length, true));
                    String source = "-".equals(in.name()) ? null : in.name();
                    return new Parsed(parser.parse(text.text(), in.overrides(), source), text.replaced(), null);
                }));
            }
            Panel.Builder b = Panel.builder();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < inputs.size(); i++) {
                String name = inputs.get(i).name();
                Parsed r;
                try {
                    r = parsed.get(i).get();
                } catch (ExecutionException e) {
                    err.print("zhibiao: " + name + ": internal error: " + e.getCause() + "\n");
                    status[0] = status[0] == Main.OK ? Main.INTERNAL_ERROR : status[0];
                    continue;
                }
                if (r.unreadable() != null) {
                    err.print("zhibiao: cannot read " + name + ": " + r.unreadable() + "\n");
                    status[0] = Math.max(status[0], Main.USAGE_ERROR);
                    continue;
                }
                if (r.invalidUtf8()) {
                    err.print("zhibiao: " + name + ": undecodable bytes replaced\n");
                }
                if (!seen.add(name)) {
                    err.print("zhibiao: " + name + ": given twice, read once\n");
                    continue;
                }
                b.add(name, r.report());
            }
            return b.build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
