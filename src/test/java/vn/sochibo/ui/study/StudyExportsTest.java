package vn.sochibo.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.sochibo.ui.study.StudyUiFixtures.session;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;

/** Saving the study documents: the names suggested, and nothing written when the chooser is cancelled. */
class StudyExportsTest {
    @TempDir
    Path dir;
    private final TestUi t = new TestUi();
    private Services services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
        t.dispose();
    }

    @Test
    void exports_chooserCancelled_suggestNamesByYearOrDateAndWriteNothing() {
        services = Services.open(dir.resolve("s.db"), TestUi.fixedClock());
        StudySession s = services.study().create(session("18-NQ/TW", "2026-03-10", false));
        StudyExports exports = new StudyExports(t.ui, services.studyDocuments());

        exports.year(2026);
        exports.session(s);
        exports.attendanceList(s);

        assertEquals(List.of("hoc-tap-nam-2026.xlsx", "hoc-tap-2026-03-10.xlsx", "danh-sach-hoc-tap-2026-03-10.docx"),
                t.dialogs.suggestedNames);
        assertEquals(List.of(), t.dialogs.errors);
        assertEquals(List.of(), t.dialogs.infos);
    }
}
