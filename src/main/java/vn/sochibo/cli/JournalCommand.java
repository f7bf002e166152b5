package vn.sochibo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.journal.JournalLine;

/**
 * {@code journal [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE.xlsx]}: prints the change journal of the period
 * as TSV (time, account, what, about whom, details), or writes it to an Excel file.
 */
@Command(name = "journal", mixinStandardHelpOptions = true)
public final class JournalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.journal.from")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.journal.to")
    String to;

    @Option(names = "--out", paramLabel = "FILE.xlsx", descriptionKey = "cli.journal.out")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        LocalDate start = CliDates.parse(from, "--from");
        LocalDate end = CliDates.parse(to, "--to");
        PrintWriter console = spec.commandLine().getOut();
        try (Services services = common.openExisting()) {
            List<JournalLine> lines = services.journal().lines(start, end, messages);
            if (out != null) {
                services.journal().export(lines, start, end, out, messages);
                console.println(messages.tr("cli.journal.done", String.valueOf(lines.size()),
                        out.toAbsolutePath().toString()));
                return 0;
            }
            for (JournalLine l : lines) {
                console.println(String.join("\t", l.time(), tsv(l.actor()), tsv(l.action()), tsv(l.subject()),
                        tsv(l.details())));
            }
        }
        return 0;
    }

    /** Tabs and line breaks inside a field would break the columns. */
    private static String tsv(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
