package vn.sochibo.ui.study;

import java.nio.file.Path;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.study.StudyDocuments;
import vn.sochibo.ui.common.FileNames;
import vn.sochibo.ui.common.UiContext;

/**
 * Writing the study documents where the secretary chooses: the year's and a session's Excel workbooks and the
 * attendance list as Word. Asks for the file, writes it off the FX thread, then says where it went or what failed.
 */
public final class StudyExports {
    private final UiContext ui;
    private final StudyDocuments documents;

    public StudyExports(UiContext ui, StudyDocuments documents) {
        this.ui = ui;
        this.documents = documents;
    }

    /** The year's workbook: members × sessions with rates ("hoc-tap-nam-2026.xlsx" suggested). */
    public void year(int year) {
        save("study.ui.export.year.choose", "hoc-tap-nam-" + year, "xlsx", target -> documents.writeYear(year, target));
    }

    /** One session's attendance workbook. */
    public void session(StudySession s) {
        save("study.ui.export.session.choose", "hoc-tap-" + s.date(), "xlsx",
                target -> documents.writeSession(s.id(), target));
    }

    /** The attendance list of one session as Word. */
    public void attendanceList(StudySession s) {
        save("study.ui.export.list.choose", "danh-sach-hoc-tap-" + s.date(), "docx",
                target -> documents.writeAttendanceList(s.id(), target));
    }

    private void save(String titleKey, String baseName, String extension, Writer writer) {
        ui.dialogs().chooseSaveFile(ui.i18n().tr(titleKey), extension, baseName + "." + extension)
                .map(f -> FileNames.withExtension(f, "." + extension))
                .ifPresent(target -> ui.tasks().run(() -> {
                    writer.write(target);
                    return target;
                }, written -> ui.dialogs().showInfo(ui.i18n().tr("study.ui.export.done",
                        written.toAbsolutePath().toString())),
                        failure -> ui.dialogs().showError(ui.describe(failure))));
    }

    /** Writes one document to the chosen file. */
    private interface Writer {
        void write(Path target);
    }
}
