package vn.sochibo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.Messages;
import vn.sochibo.service.meeting.MeetingDocuments;

/**
 * {@code export resolution --meeting YYYY-MM [--type …] --out FILE.docx}: numbers the meeting's resolution on its
 * first export and writes it as Word.
 */
@Command(name = "resolution", mixinStandardHelpOptions = true)
public final class ExportResolutionCommand extends MeetingDocumentCommand {
    @Override
    String write(MeetingDocuments documents, Meeting meeting, Messages messages) {
        Path written = documents.writeResolution(meeting.id(), out);
        int number = documents.numberResolution(meeting.id()).resolutionNumber();
        return messages.tr("cli.export.resolution.done", String.format("%02d", number), Messages.date(meeting.date()),
                written.toString());
    }
}
