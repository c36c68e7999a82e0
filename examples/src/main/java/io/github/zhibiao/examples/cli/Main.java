package io.github.zhibiao.examples.cli;

import io.github.zhibiao.examples.cli.InputText.UnreadableException;
import io.github.zhibiao.numbers.Quantities;
import io.github.zhibiao.numbers.QuantityMention;
import io.github.zhibiao.numbers.ScanOptions;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
            "Reads Chinese economic reports (UTF-8 text) and prints what they state.",
            "With no FILE, or when FILE is -, reads standard input.",
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
            "Offsets are UTF-16 indices into the text decoded as UTF-8; a byte order mark is kept as U+FEFF.",
            "",
            "Exit status: 0 ok, 1 internal error, 2 bad usage or an unreadable file.",
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
        int status = run(args, System.in, stdout, new FileOutputStream(FileDescriptor.err));
        System.exit(status);
    }

    /**
     * Runs the tool without exiting the JVM: what {@link #main} does, for tests and for embedding.
     *
     * @param args the command line without the program name, not null
     * @param stdin where "-" and no file read from, not null
     * @param stdout where records go (as UTF-8), not null; flushed, not closed
     * @param stderr where usage and error messages go (as UTF-8), not null; flushed, not closed
     * @return the exit status: 0 ok, 1 internal error, 2 bad usage or an unreadable input
     */
    public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(stdin, "stdin");
        PrintStream out = new PrintStream(new BufferedOutputStream(Objects.requireNonNull(stdout, "stdout"), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(Objects.requireNonNull(stderr, "stderr"), true, StandardCharsets.UTF_8);
        try {
            return dispatch(args, stdin, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("panel")) {
            return PanelCommand.run(Arrays.asList(args), stdin, out, err);
        }
        CommandLine cl;
        try {
            cl = CommandLine.parse(Arrays.asList(args));
        } catch (CommandLine.UsageException e) {
            err.print("zhibiao: " + e.getMessage() + "\n\n" + USAGE);
            return USAGE_ERROR;
        }
        if (cl.help()) {
            out.print(USAGE);
            return OK;
        }
        switch (cl.command()) {
            case "quantities":
                ScanOptions options = cl.generalText() ? ScanOptions.general() : ScanOptions.report();
                return process(cl, stdin, out, err, QuantityLayout.INSTANCE, in -> Quantities.scan(in.text(), options));
            case "extract":
                return Extract.run(cl, stdin, out, err);
            default:
                throw new AssertionError(cl.command());
        }
    }

    /** What a command finds in one input. */
    @FunctionalInterface
    interface Finder<T> {
        List<T> find(InputText input);
    }

    /**
     * Reads each input in turn, finds its records and prints them; an unreadable input is reported on stderr
     * and skipped.
     *
     * @return the exit status
     */
    static <T> int process(CommandLine cl, InputStream stdin, PrintStream out, PrintStream err, Layout<T> layout,
            Finder<T> finder) {
        int status = OK;
        RecordPrinter<T> printer = new RecordPrinter<>(cl.format(), layout, out);
        List<String> files = cl.files().isEmpty() ? List.of(InputText.STDIN) : cl.files();
        for (String file : files) {
            InputText input;
            try {
                input = InputText.read(file, stdin);
            } catch (UnreadableException e) {
                out.flush();
                err.print("zhibiao: cannot read " + file + ": " + e.getMessage() + "\n");
                status = Math.max(status, USAGE_ERROR);
                continue;
            }
            if (input.invalidUtf8()) {
                out.flush();
                err.print("zhibiao: " + file + ": invalid UTF-8 replaced\n");
            }
            List<T> records;
            try {
                records = finder.find(input);
            } catch (RuntimeException e) {
                // Scanning should never throw; if it does, say so in one line and go on with the next file.
                out.flush();
                err.print("zhibiao: " + file + ": internal error: " + e + "\n");
                status = status == OK ? INTERNAL_ERROR : status;
                continue;
            }
            for (T record : records) {
                printer.print(file, record);
            }
        }
        printer.finish();
        return status;
    }

    /** The command line, parsed. */
    static final class CommandLine {
        private static final List<String> COMMANDS = List.of("quantities", "extract");

        private final String command;
        private final boolean help;
        private final OutputFormat format;
        private final String date;
        private final String region;
        private final boolean generalText;
        private final List<String> files;

        private CommandLine(String command, boolean help, OutputFormat format, String date, String region,
                boolean generalText, List<String> files) {
            this.command = command;
            this.help = help;
            this.format = format;
            this.date = date;
            this.region = region;
            this.generalText = generalText;
            this.files = List.copyOf(files);
        }

        /** Options that take a value as the next argument. */
        private static final List<String> WITH_VALUE = List.of("--format", "--date", "--region", "--text");

        /**
         * Moves options written before the command ({@code --text general quantities FILE}) after it, so that a
         * wrapper can prefix them to any command line.
         */
        private static List<String> commandFirst(List<String> args) {
            int i = 0;
            while (i < args.size() && args.get(i).startsWith("-") && !args.get(i).equals("-")
                    && !args.get(i).equals("--") && !args.get(i).equals("-h") && !args.get(i).equals("--help")) {
                i += WITH_VALUE.contains(args.get(i)) ? 2 : 1;
            }
            if (i == 0 || i >= args.size() || !COMMANDS.contains(args.get(i))) {
                return args;
            }
            List<String> reordered = new ArrayList<>(args.size());
            reordered.add(args.get(i));
            reordered.addAll(args.subList(0, i));
            reordered.addAll(args.subList(i + 1, args.size()));
            return reordered;
        }

        /**
         * Parses the arguments: options may come before the command; after it, options and files in any order; "--"
         * ends the options.
         *
         * @throws UsageException when the command line is not valid
         */
        static CommandLine parse(List<String> given) throws UsageException {
            List<String> args = commandFirst(given);
            if (args.isEmpty()) {
                throw new UsageException("no command given");
            }
            String first = args.get(0);
            if (first.equals("-h") || first.equals("--help")) {
                return new CommandLine(null, true, OutputFormat.JSONL, null, null, false, List.of());
            }
            if (!COMMANDS.contains(first)) {
                throw new UsageException(first.startsWith("-") ? "unknown option " + first
                        : "unknown command " + first);
            }
            boolean help = false;
            OutputFormat format = OutputFormat.JSONL;
            String date = null;
            String region = null;
            boolean generalText = false;
            List<String> files = new ArrayList<>();
            boolean optionsEnded = false;
            for (int i = 1; i < args.size(); i++) {
                String a = args.get(i);
                if (optionsEnded || a.equals("-") || !a.startsWith("-")) {
                    files.add(a);
                    continue;
                }
                if (a.equals("--")) {
                    optionsEnded = true;
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
                    case "-h":
                    case "--help":
                        help = true;
                        break;
                    case "--format":
                        value = value != null ? value : valueOf(args, ++i, name);
                        String v = value;
                        format = OutputFormat.named(v)
                                .orElseThrow(() -> new UsageException("unknown format " + v + " (jsonl, table, csv)"));
                        break;
                    case "--date":
                    case "--region":
                        if (!first.equals("extract")) {
                            throw new UsageException("option " + name + " belongs to extract");
                        }
                        value = value != null ? value : valueOf(args, ++i, name);
                        if (name.equals("--date")) {
                            date = value;
                        } else {
                            region = value;
                        }
                        break;
                    case "--text":
                        if (!first.equals("quantities")) {
                            throw new UsageException("option " + name + " belongs to quantities");
                        }
                        value = value != null ? value : valueOf(args, ++i, name);
                        if (!value.equals("report") && !value.equals("general")) {
                            throw new UsageException("unknown text " + value + " (report, general)");
                        }
                        generalText = value.equals("general");
                        break;
                    default:
                        throw new UsageException("unknown option " + a);
                }
            }
            return new CommandLine(first, help, format, date, region, generalText, files);
        }

        private static String valueOf(List<String> args, int i, String option) throws UsageException {
            if (i >= args.size()) {
                throw new UsageException("option " + option + " needs a value");
            }
            return args.get(i);
        }

        String command() {
            return command;
        }

        boolean help() {
            return help;
        }

        OutputFormat format() {
            return format;
        }

        /** @return the --date value as given, or null */
        String date() {
            return date;
        }

        /** @return the --region value, or null */
        String region() {
            return region;
        }

        /** @return true for --text general */
        boolean generalText() {
            return generalText;
        }

        List<String> files() {
            return files;
        }

        /** A command line that is not valid; the message says why in a few words. */
        static final class UsageException extends Exception {
            private static final long serialVersionUID = 1L;

            UsageException(String message) {
                super(message, null, false, false);
            }
        }
    }
}
