package vn.sochibo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.MeetingDocuments;

/** What the Word exports of one meeting share: the database, the meeting chosen by month and type, the target file. */
abstract class MeetingDocumentCommand implements Callable<Integer> {
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
            spec.commandLine().getOut().println(write(documents, meeting, messages));
        }
        return 0;
    }

    /** Writes the document of the meeting to {@link #out} and returns the line that says so. */
    abstract String write(MeetingDocuments documents, Meeting meeting, Messages messages);
}
