package vn.sochibo.ui.meeting;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.meeting.AttendanceWorkbooks;
import vn.sochibo.service.meeting.MeetingDocuments;
import vn.sochibo.ui.common.FileNames;
import vn.sochibo.ui.common.UiContext;

/**
 * Writing a meeting's documents where the secretary chooses: asks for the file (with a name made of the document
 * and the meeting's date), writes it off the FX thread, then says where it went or what went wrong.
 */
public final class MeetingExports {
    private final UiContext ui;
    private final MeetingDocuments documents;
    private final AttendanceWorkbooks workbooks;

    public MeetingExports(UiContext ui, MeetingDocuments documents, AttendanceWorkbooks workbooks) {
        this.ui = ui;
        this.documents = documents;
        this.workbooks = workbooks;
    }

    /** The minutes as .docx ("bien-ban-2026-11-01.docx" suggested). */
    public void minutes(Meeting m) {
        save("meeting.export.minutes.choose", "bien-ban-" + m.date(), "docx",
                target -> () -> documents.writeMinutes(m.id(), target));
    }

    /** The resolution as .docx; it is numbered the first time it is written. */
    public void resolution(Meeting m) {
        save("meeting.export.resolution.choose", "nghi-quyet-" + m.date(), "docx",
                target -> () -> documents.writeResolution(m.id(), target));
    }

    /** Any document of the meeting (agenda, invitation) as .docx under the suggested name. */
    public void document(PartyDocument doc, String baseName) {
        save("meeting.export.document.choose", baseName, "docx", target -> () -> documents.write(doc, target));
    }

    /** The year's attendance matrix as .xlsx. */
    public void attendanceYear(int year) {
        save("meeting.export.attendance.choose", "diem-danh-nam-" + year, "xlsx", target -> () -> {
            workbooks.writeYear(year, target);
            return target;
        });
    }

    private void save(String titleKey, String baseName, String extension, Function<Path, Callable<Path>> writer) {
        ui.dialogs().chooseSaveFile(ui.i18n().tr(titleKey), extension, baseName + "." + extension)
                .map(f -> FileNames.withExtension(f, "." + extension))
                .ifPresent(target -> ui.tasks().run(writer.apply(target),
                        written -> ui.dialogs().showInfo(ui.i18n().tr("meeting.export.done",
                                written.toAbsolutePath().toString())),
                        failure -> ui.dialogs().showError(ui.describe(failure))));
    }
}
