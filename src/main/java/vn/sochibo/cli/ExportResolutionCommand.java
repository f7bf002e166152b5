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

/**
 * {@code export resolution --meeting YYYY-MM [--type …] --out FILE.docx}: numbers the meeting's resolution on its
 * first export and writes it as Word.
 */
@Command(name = "resolution", mixinStandardHelpOptions = true)
public final class ExportResolutionCommand implements Callable<Integer> {
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
            Path written = documents.writeResolution(meeting.id(), out);
            int number = documents.numberResolution(meeting.id()).resolutionNumber();
            spec.commandLine().getOut().println(messages.tr("cli.export.resolution.done", String.format("%02d", number),
                    Messages.date(meeting.date()), written.toString()));
        }
        return 0;
    }
}
