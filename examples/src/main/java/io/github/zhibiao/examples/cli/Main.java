package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.ReportParser;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The {@code zhibiao} command line: {@code java -jar zhibiao.jar quantities seeds/002_0d7a868e768d3975.txt}
 * prints every quantity of a report as JSON Lines, {@code extract} prints its facts and targets. Run it with
 * {@code --help} for the options; the output fields are a stable contract described in the usage text.
 *
 * <p>Standard output is always UTF-8. Exit status: 0 when every input was read, 2 for bad usage or when an
 * input could not be read (the other inputs are still processed), 1 for an internal error.
 *
 * <p>This class holds no state; {@link #run} is thread-safe if its streams are not shared.
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "Usage: zhibiao COMMAND [OPTIONS] [FILE...]",
            "",
            "Reads Chinese economic reports (text files) and prints what they state.",
            "With no FILE, or when FILE is -, reads standard input. A directory stands for every *.txt file",
            "below it, in path order.",
            "",
            "Commands:",
            "  quantities   every quantity the text mentions (350.19亿元, 增长24%, 3—5万亩), in text order",
            "  extract      the facts and targets of each indicator (地区生产总值增长5.8%)",
            "  panel        many reports joined: region x indicator x period, targets against outcomes",
            "               (zhibiao panel --help for its options)",
            "",
            "Options (they may also stand before COMMAND):",
            "  --format F          jsonl (default; one JSON object per line), table or csv",
            "  --date YYYY-MM-DD   extract: the report's date, instead of the one its header states",
            "  --region NAME       extract: the report's region (平阴县), instead of the one it names",
            "  --text T            quantities: report (default) or general; general text also reads a lone",
            "                      Chinese numeral that stands as a word (答案是四不是五 gives 4 and 5, 一只 gives 1)",
            "  --manifest FILE     extract: a CSV with a header file,date,region,kind whose values override",
            "                      the header's for each file listed (relative to the manifest's directory)",
            "  --encoding NAME     read every input in this charset (GB18030, UTF-16LE ...) instead of",
            "                      detecting it: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030",
            "  --threads N         inputs read in parallel (default: the number of cores); the output is in",
            "                      input order and the same for any N",
            "  -q, --quiet         no progress line and no notes on standard error, only errors",
            "  -o, --output FILE   write the records to FILE instead of standard output",
            "  --bom               begin the output with a UTF-8 byte order mark (for CSV opened in Excel)",
            "  @FILE               read further arguments from FILE, one a line (for very many files)",
            "  -V, --version       print the version and exit",
            "  -h, --help          print this help and exit",
            "",
            "quantities prints per mention: file, text, start, end, value (plain decimal string; null for a",
            "range), low, high (ranges only, else null), unit (CNY, PERCENT, MU ...), classifier, qualifier",
            "(null, about, at_least, more_than, nearly, at_most) and change (null or {direction, basis, to, from}).",
            "",
            "extract prints per fact or target: file, report_date, report_region, report_kind (work_report,",
            "statistical_communique, news or null), kind (fact, target), indicator (GDP ...), name, subject,",
            "period (2025, 2024-01/2024-06, 2021/2025 or null), value and change (quantity objects as above,",
            "without file, or null), qualifier, commitment (确保 ...), rank (全市第一), estimated, text, start, end.",
            "",
            "Offsets are UTF-16 indices into the decoded text; a byte order mark is kept as U+FEFF.",
            "",
            "Exit status: 0 ok, 1 internal error or out of memory, 2 bad usage or an unreadable file,",
            "3 the output could not be written, 141 the output pipe was closed (| head).",
            "");

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USAGE_ERROR = 2;

    private Main() {
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command line, such as {@code quantities seeds/001_79fc8fbb23761516.txt}
     */
    public static void main(String[] args) {
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        // Libraries that print to System.out (HanLP reports some problems that way) must not corrupt the
        // JSON Lines on standard output: send their output to standard error instead.
        System.setOut(System.err);
        int status;
        try {
            status = run(args, System.in, stdout, new FileOutputStream(FileDescriptor.err),
                    Progress.stderrIsTerminal());
        } catch (OutOfMemoryError e) {
            System.err.println("zhibiao: out of memory (Java heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB): give Java more with -Xmx, or use fewer --threads");
            status = INTERNAL_ERROR;
        }
        System.exit(status);
    }

    /**
     * Runs the tool without exiting the JVM: what {@link #main} does, for tests and for embedding. No progress
     * line is shown.
     *
     * @param args the command line without the program name, not null
     * @param stdin where "-" and no file read from, not null
     * @param stdout where records go (as UTF-8), not null; flushed, not closed
     * @param stderr where usage and error messages go (as UTF-8), not null; flushed, not closed
     * @return the exit status: 0 ok, 1 internal error, 2 bad usage or an unreadable input, 3 output not written,
     *     141 output pipe closed
     */
    public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        return run(args, stdin, stdout, stderr, false);
    }

    static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr, boolean terminal) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(stdin, "stdin");
        OutputStream out = new BufferedOutputStream(Objects.requireNonNull(stdout, "stdout"), 1 << 16);
        PrintStream err = new PrintStream(Objects.requireNonNull(stderr, "stderr"), true, StandardCharsets.UTF_8);
        int status;
        try {
            status = dispatch(ArgFiles.expand(args), stdin, out, err, terminal);
        } catch (ArgFiles.BadArgFileException e) {
            err.print("zhibiao: " + e.getMessage() + "\n");
            status = USAGE_ERROR;
        }
        if (status != Runner.BROKEN_PIPE && status != Runner.WRITE_ERROR) {
            try {
                out.flush();
            } catch (IOException e) {
                status = Runner.isBrokenPipe(e) ? Runner.BROKEN_PIPE : Runner.WRITE_ERROR;
                if (status == Runner.WRITE_ERROR) {
                    err.print("zhibiao: cannot write the output: " + e.getMessage() + "\n");
                }
            }
        }
        err.flush();
        return status;
    }

    private static int dispatch(String[] args, InputStream stdin, OutputStream out, PrintStream err,
            boolean terminal) {
        if (args.length > 0 && (args[0].equals("--version") || args[0].equals("-V"))) {
            String v = Main.class.getPackage().getImplementationVersion();
            try {
                out.write(("zhibiao " + (v == null ? "(development build)" : v) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Runner.isBrokenPipe(e) ? Runner.BROKEN_PIPE : Runner.WRITE_ERROR;
            }
            return OK;
        }
        if (args.length > 0 && args[0].equals("panel")) {
            PrintStream printed = new PrintStream(out, false, StandardCharsets.UTF_8);
            int status = PanelCommand.run(Arrays.asList(args), stdin, printed, err);
            printed.flush();
            return status;
        }
        CommandLine cl;
        try {
            cl = CommandLine.parse(Arrays.asList(args));
        } catch (CommandLine.UsageException e) {
            err.print("zhibiao: " + e.getMessage() + "\n\n" + USAGE);
            return USAGE_ERROR;
        }
        if (cl.help()) {
            try {
                out.write(USAGE.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (Runner.isBrokenPipe(e)) {
                    return Runner.BROKEN_PIPE;
                }
                err.print("zhibiao: cannot write the output: " + e.getMessage() + "\n");
                return Runner.WRITE_ERROR;
            }
            return OK;
        }
        if (cl.output() != null || cl.bom()) {
            return toOutput(cl, args, stdin, out, err, terminal);
        }
        return command(cl, stdin, out, err, terminal);
    }

    /**
     * Runs the command into {@code -o FILE} (created or truncated; the file is closed, and a failure to write it
     * ends the run with status 3) or into {@code out}, after a UTF-8 byte order mark when {@code --bom} asks.
     */
    private static int toOutput(CommandLine cl, String[] args, InputStream stdin, OutputStream out, PrintStream err,
            boolean terminal) {
        OutputStream target = out;
        try {
            if (cl.output() != null) {
                target = new BufferedOutputStream(java.nio.file.Files.newOutputStream(Path.of(cl.output())), 1 << 16);
            }
            if (cl.bom()) {
                target.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            err.print("zhibiao: cannot write " + (cl.output() == null ? "the output" : cl.output()) + ": "
                    + (e instanceof IOException ? Sources.reason((IOException) e) : e.getMessage()) + "\n");
            return Runner.WRITE_ERROR;
        }
        int status = command(cl, stdin, target, err, terminal);
        if (target != out) {
            try {
                target.close();
            } catch (IOException e) {
                err.print("zhibiao: cannot write " + cl.output() + ": " + Sources.reason(e) + "\n");
                status = Math.max(status, Runner.WRITE_ERROR);
            }
        }
        return status;
    }

    private static int command(CommandLine cl, InputStream stdin, OutputStream out, PrintStream err,
            boolean terminal) {
        switch (cl.command()) {
            case "quantities":
                return new Runner<>(cl, cl.generalText() ? Scan.GENERAL : Scan.INSTANCE, Manifest.none(), out, err,
                        terminal).run(stdin);
            case "extract": {
                ReportParser parser;
                Manifest manifest = Manifest.none();
                try {
                    parser = Extract.parser(cl.date(), cl.region());
                    if (cl.manifest() != null) {
                        manifest = Manifest.read(Path.of(cl.manifest()));
                    }
                } catch (IllegalArgumentException e) {
                    err.print("zhibiao: " + e.getMessage() + "\n\n" + USAGE);
                    return USAGE_ERROR;
                } catch (IOException e) {
                    err.print("zhibiao: cannot read " + cl.manifest() + ": " + Sources.reason(e) + "\n");
                    return USAGE_ERROR;
                }
                return new Runner<>(cl, new Extract(parser), manifest, out, err, terminal).run(stdin);
            }
            default:
                throw new AssertionError(cl.command());
        }
    }
}
