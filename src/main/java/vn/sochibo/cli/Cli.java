package vn.sochibo.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import vn.sochibo.model.AppException;
import vn.sochibo.model.ValidationException;
import vn.sochibo.service.Messages;

/**
 * Runs a headless command: exit 0 on success, 1 on a user error with one line on stderr in the chosen language
 * (Vietnamese unless --lang en), never a stack trace.
 */
public final class Cli {
    private Cli() {
    }

    /** Runs the command line on the process's standard output and error (UTF-8); returns the exit code. */
    public static int runOnConsole(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    /** Parses and runs the command line; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /** Parses and runs the command line with sub-commands made by {@code factory} (tests give fakes); exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        Messages messages = Messages.forLanguage(languageOf(args));
        CommandLine cli = new CommandLine(new RootCommand(), factory);
        cli.setResourceBundle(messages.bundle());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> usageError(ex, messages, err));
        cli.setExecutionExceptionHandler((ex, line, result) -> executionError(ex, messages, err));
        int code = cli.execute(commonOptionsLast(args));
        out.flush();
        err.flush();
        return code;
    }

    /** Moves --db/--lang written before the sub-command to the end, so "--lang en export roster …" works too. */
    static String[] commonOptionsLast(String[] args) {
        java.util.List<String> leading = new java.util.ArrayList<>();
        int i = 0;
        while (i < args.length) {
            boolean pair = (args[i].equals("--db") || args[i].equals("--lang")) && i + 1 < args.length;
            boolean joined = args[i].startsWith("--db=") || args[i].startsWith("--lang=");
            if (!pair && !joined) {
                break;
            }
            leading.add(args[i++]);
            if (pair) {
                leading.add(args[i++]);
            }
        }
        if (leading.isEmpty() || i == args.length) {
            return args;
        }
        java.util.List<String> reordered = new java.util.ArrayList<>(java.util.List.of(args).subList(i, args.length));
        reordered.addAll(leading);
        return reordered.toArray(String[]::new);
    }

    /** The value of --lang anywhere on the line, "vi" when absent. */
    static String languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return "vi";
    }

    private static int usageError(ParameterException ex, Messages messages, PrintWriter err) {
        String what = ex instanceof CommandLine.UnmatchedArgumentException u
                ? messages.tr("cli.error.unknownArgument", String.join(" ", u.getUnmatched()))
                : ex instanceof CommandLine.MissingParameterException m
                ? messages.tr("cli.error.missingParameter", Arrays.toString(m.getMissing().stream()
                        .map(a -> a.paramLabel()).toArray()))
                : messages.tr("cli.error.badArgument", ex.getMessage());
        err.println(what + " " + messages.tr("cli.error.seeHelp", ex.getCommandLine().getCommandSpec().qualifiedName()));
        return 1;
    }

    private static int executionError(Exception ex, Messages messages, PrintWriter err) {
        if (ex instanceof ValidationException v) {
            err.println(messages.issue(v.issues().get(0)));
        } else if (ex instanceof AppException a) {
            err.println(messages.error(a));
        } else {
            err.println(messages.tr("cli.error.unexpected", ex.getClass().getSimpleName()));
        }
        return 1;
    }
}
