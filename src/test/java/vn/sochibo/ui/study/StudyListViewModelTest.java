package vn.sochibo.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.ui.study.StudyUiFixtures.session;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.RollFixtures;
import vn.sochibo.service.study.StudyService;
import vn.sochibo.testutil.TestUi;

/** The year's study sessions as the secretary sees them, over a real database. */
class StudyListViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private StudyService study;
    private RollFixtures f;
    private TestUi t;
    private StudyListViewModel vm;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("s.db"), TestUi.fixedClock());
        f = RollFixtures.write(services);
        study = services.study();
        t = new TestUi();
        vm = new StudyListViewModel(study, t.ui);
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    @Test
    void load_sessionBelowTarget_rowSaysSoInWordsWithCountsOwed() {
        StudySession s = study.create(session("18-NQ/TW", "2026-03-10", true));
        study.mark(s.id(), f.an, AttendanceStatus.PRESENT, "");
        study.mark(s.id(), f.binh, AttendanceStatus.ABSENT_UNEXCUSED, "");

        vm.load();

        StudyRow row = vm.rows().get(0);
        assertEquals("10/03/2026", row.date());
        assertEquals("18-NQ/TW – Nghị quyết Hội nghị lần thứ sáu", row.document());
        assertEquals("Trung ương", row.level());
        assertEquals("Đảng ủy phường", row.organiser());
        assertEquals("Trực tiếp", row.form());
        assertEquals("1/3", row.attendance());
        assertEquals("33,3% < 95% (CHƯA ĐẠT)", row.rate());
        assertTrue(row.belowTarget());
        assertEquals(2, row.owedMakeups());
        assertEquals(3, row.owedReflections());
        assertEquals("1 buổi học tập, quán triệt trong năm 2026; 1 buổi chưa đạt chỉ tiêu.",
                vm.statusTextProperty().get());
    }

    @Test
    void load_everyoneExpectedPresent_rateMeetsTheTarget() {
        StudySession s = study.create(session("18-NQ/TW", "2026-03-10", false));
        study.markAllPresent(s.id());

        vm.load();

        assertEquals("100,0% ≥ 95% (đạt)", vm.rows().get(0).rate());
        assertFalse(vm.rows().get(0).belowTarget());
        assertEquals(0, vm.rows().get(0).owedReflections());
    }

    @Test
    void nextYear_sessionsOfAnotherYear_areNotShown() {
        study.create(session("18-NQ/TW", "2026-03-10", false));
        vm.load();

        vm.nextYear();

        assertEquals(2027, vm.yearProperty().get());
        assertEquals(List.of(), vm.rows());
    }

    @Test
    void reveal_sessionOfLastYear_showsThatYearWithTheSessionChosen() {
        StudySession old = study.create(session("57-NQ/TW", "2025-12-10", true));
        study.create(session("18-NQ/TW", "2026-03-10", false));
        vm.load();

        vm.reveal(old.id());

        assertEquals(2025, vm.yearProperty().get());
        assertEquals(old.id(), vm.selectedProperty().get().id());
    }

    @Test
    void reveal_sessionDeletedMeanwhile_keepsTheListWithoutAnError() {
        StudySession gone = study.create(session("18-NQ/TW", "2026-03-10", false));
        study.delete(gone.id());

        vm.reveal(gone.id());

        assertEquals(2026, vm.yearProperty().get());
        assertNull(vm.selectedProperty().get());
        assertEquals(List.of(), t.dialogs.errors);
    }

    @Test
    void select_sessionOfADocumentStudiedTwice_panelListsWhoStillOwes() {
        StudySession first = study.create(session("18-NQ/TW", "2026-03-10", true));
        StudySession second = study.create(session("18-NQ/TW", "2026-04-10", false));
        study.mark(first.id(), f.an, AttendanceStatus.PRESENT, "");
        study.reflection(first.id(), f.an, TestUi.TODAY);
        study.mark(second.id(), f.binh, AttendanceStatus.PRESENT, "");
        vm.load();

        vm.select(second.id());

        StudyDocumentViewModel doc = vm.document();
        assertEquals("Văn bản 18-NQ/TW – Nghị quyết Hội nghị lần thứ sáu: 2 buổi học tập, quán triệt", doc.headingProperty().get());
        assertEquals("Đã học (kể cả học bù): 2/3 đảng viên phải học. Tỷ lệ tham gia: 66,7% < 95% (CHƯA ĐẠT)",
                doc.participationProperty().get());
        assertEquals(List.of("Trần Thị Bình – chưa nộp bài thu hoạch",
                "Phạm Văn Dũng – chưa học, chưa nộp bài thu hoạch"), List.copyOf(doc.debts()));
    }

    @Test
    void delete_confirmed_removesTheSessionAndItsRow() {
        StudySession s = study.create(session("18-NQ/TW", "2026-03-10", false));
        vm.load();
        vm.select(s.id());

        vm.delete();

        assertEquals(List.of("Xóa buổi học tập, quán triệt văn bản 18-NQ/TW ngày 10/03/2026 cùng toàn bộ điểm "
                + "danh, học bù và bài thu hoạch của buổi đó?"), t.dialogs.confirmations);
        assertEquals(List.of(), vm.rows());
        assertEquals(List.of(), study.sessions(2026));
        assertNull(vm.selectedProperty().get());
    }

    @Test
    void delete_declined_keepsTheSession() {
        StudySession s = study.create(session("18-NQ/TW", "2026-03-10", false));
        vm.load();
        vm.select(s.id());
        t.dialogs.answer = false;

        vm.delete();

        assertEquals(1, study.sessions(2026).size());
        assertEquals(1, vm.rows().size());
    }

    @Test
    void withSelected_nothingChosen_asksToChooseASessionFirst() {
        vm.load();

        vm.withSelected(s -> t.dialogs.errors.add("should not run"));

        assertEquals(List.of("Hãy chọn một buổi học tập, quán triệt trong bảng trước."), t.dialogs.infos);
        assertEquals(List.of(), t.dialogs.errors);
    }
}
