package io.github.zhibiao.examples.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line, parsed: a command, then options and files in any order; "--" ends the options.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class CommandLine {
    private static final List<String> COMMANDS = List.of("quantities", "extract");
    private static final int MAX_THREADS = 256;

    private final String command;
    private final boolean help;
    private final OutputFormat format;
    private final String date;
    private final String region;
    private final String manifest;
    private final Charset encoding;
    private final int threads;
    private final boolean quiet;
    private final boolean generalText;
    private final String output;
    private final boolean bom;
    private final List<String> files;

    private CommandLine(String command, boolean help, OutputFormat format, String date, String region,
            String manifest, Charset encoding, int threads, boolean quiet, boolean generalText, String output,
            boolean bom, List<String> files) {
        this.command = command;
        this.help = help;
        this.format = format;
        this.date = date;
        this.region = region;
        this.manifest = manifest;
        this.encoding = encoding;
        this.threads = threads;
        this.quiet = quiet;
        this.generalText = generalText;
        this.output = output;
        this.bom = bom;
        this.files = List.copyOf(files);
    }

    /**
     * Parses the arguments.
     *
     * @param args the arguments without the program name, not null
     * @return the command line, never null
     * @throws UsageException when the command line is not valid
     */
    static CommandLine parse(List<String> given) throws UsageException {
        List<String> args = commandFirst(given);
        if (args.isEmpty()) {
            throw new UsageException("no command given");
        }
        String first = args.get(0);
        int cores = Runtime.getRuntime().availableProcessors();
        if (first.equals("-h") || first.equals("--help")) {
            return new CommandLine(null, true, OutputFormat.JSONL, null, null, null, null, cores, false, false,
                    null, false, List.of());
        }
        if (!COMMANDS.contains(first)) {
            throw new UsageException(first.startsWith("-") ? "unknown option " + first : "unknown command " + first);
        }
        boolean help = false;
        OutputFormat format = OutputFormat.JSONL;
        String date = null;
        String region = null;
        String manifest = null;
        Charset encoding = null;
        int threads = cores;
        boolean quiet = false;
        boolean generalText = false;
        String output = null;
        boolean bom = false;
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
                case "-q":
                case "--quiet":
                    quiet = true;
                    break;
                case "--format":
                    format = format(value != null ? value : valueOf(args, ++i, name));
                    break;
                case "--encoding": {
                    String v = value != null ? value : valueOf(args, ++i, name);
                    encoding = charset(v);
                    break;
                }
                case "-o":
                case "--output":
                    output = value != null ? value : valueOf(args, ++i, name);
                    break;
                case "--bom":
                    bom = true;
                    break;
                case "--threads": {
                    String v = value != null ? value : valueOf(args, ++i, name);
                    threads = threads(v);
                    break;
                }
                case "--date":
                case "--region":
                case "--manifest":
                    if (!first.equals("extract")) {
                        throw new UsageException("option " + name + " belongs to extract");
                    }
                    value = value != null ? value : valueOf(args, ++i, name);
                    if (name.equals("--date")) {
                        date = value;
                    } else if (name.equals("--region")) {
                        region = value;
                    } else {
                        manifest = value;
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
        return new CommandLine(first, help, format, date, region, manifest, encoding, threads, quiet, generalText,
                output, bom, files);
    }

    /** Options that take a value as the next argument. */
    private static final List<String> WITH_VALUE = List.of("--format", "--date", "--region", "--text", "--manifest",
            "--encoding", "--threads", "-o", "--output");

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

    /** @return true for --text general */
    boolean generalText() {
        return generalText;
    }

    private static Charset charset(String name) throws UsageException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException("unknown encoding " + name + " (UTF-8, GB18030, GBK, UTF-16LE, Big5 ...)");
        }
    }

    /** @return the format named {@code v} (any case), for --format of every command */
    static OutputFormat format(String v) throws UsageException {
        return OutputFormat.named(v).orElseThrow(() -> new UsageException("unknown format " + v + " (jsonl, table, csv)"));
    }

    private static int threads(String v) throws UsageException {
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_THREADS) {
            throw new UsageException("--threads " + v + " is not a number from 1 to " + MAX_THREADS);
        }
        return n;
    }

    /** @return the value of {@code option}, the argument at {@code i} */
    static String valueOf(List<String> args, int i, String option) throws UsageException {
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

    /** @return the --manifest file as given, or null */
    String manifest() {
        return manifest;
    }

    /** @return the --encoding charset, or null to detect each input's */
    Charset encoding() {
        return encoding;
    }

    /** @return the number of worker threads, at least 1 */
    int threads() {
        return threads;
    }

    /** @return whether --quiet was given: no progress line and no notes, only errors */
    boolean quiet() {
        return quiet;
    }

    /** @return the file records go to ({@code -o FILE}), or null for standard output */
    String output() {
        return output;
    }

    /** @return true for --bom: a UTF-8 byte order mark first, so that a Chinese-locale Excel reads the CSV */
    boolean bom() {
        return bom;
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
