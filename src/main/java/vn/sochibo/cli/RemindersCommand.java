package vn.sochibo.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.model.reminder.Reminder;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.reminder.ReminderService;

/** Prints the reminders due on a day as TSV with a header: kind, subject, due date, rule. */
@Command(name = "reminders", mixinStandardHelpOptions = true)
public final class RemindersCommand implements Callable<Integer> {
    static final String HEADER = "kind\tsubject\tdue\trule";

    @Mixin
    CommonOptions common;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.reminders.on")
    String on;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate day = on == null ? LocalDate.now() : CliDates.parse(on, "--on");
        Messages messages = Messages.forLanguage(common.lang);
        try (Services services = common.openExisting()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(HEADER);
            for (Reminder r : new ReminderService(services).on(day)) {
                out.println(line(messages, r));
            }
        }
        return 0;
    }

    static String line(Messages messages, Reminder r) {
        String kind = messages.tr(r.kind().key(), r.count());
        if (r.hint()) {
            kind = messages.tr("reminder.hint", kind);
        }
        return String.join("\t", kind, r.subject(), r.dueDate().toString(), r.rule());
    }
}
