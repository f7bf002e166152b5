package vn.sochibo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.MeetingDocuments;

/** {@code export minutes --meeting YYYY-MM [--type …] --out FILE.docx}: writes the meeting's minutes as Word. */
@Command(name = "minutes", mixinStandardHelpOptions = true)
public final class ExportMinutesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    MeetingSelection selection;

    @Option(names = "--out", paramLabel = "FILE.docx", required = true, descriptionKey = "cli.export.docx")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        try (Services services = common.openExisting()) {
            MeetingDocuments documents = services.meeting().documents();
            Meeting meeting = selection.find(documents);
            Path written = documents.writeMinutes(meeting.id(), out);
            String key = meeting.isAdopted() ? "cli.export.minutes.done" : "cli.export.minutes.draft";
            spec.commandLine().getOut().println(messages.tr(key, Messages.date(meeting.date()), written.toString()));
        }
        return 0;
    }
}
