package vn.sochibo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.Messages;
import vn.sochibo.service.meeting.MeetingDocuments;

/** {@code export minutes --meeting YYYY-MM [--type …] --out FILE.docx}: writes the meeting's minutes as Word. */
@Command(name = "minutes", mixinStandardHelpOptions = true)
public final class ExportMinutesCommand extends MeetingDocumentCommand {
    @Override
    String write(MeetingDocuments documents, Meeting meeting, Messages messages) {
        Path written = documents.writeMinutes(meeting.id(), out);
        String key = meeting.isAdopted() ? "cli.export.minutes.done" : "cli.export.minutes.draft";
        return messages.tr(key, Messages.date(meeting.date()), written.toString());
    }
}
