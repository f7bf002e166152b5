package vn.sochibo.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;
import static vn.sochibo.ui.study.StudyUiFixtures.session;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.RollFixtures;
import vn.sochibo.service.study.StudyService;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.RollKeys;

/** The roll of a study session: marks, reasons, make-ups, reflections and the live counts, over a real database. */
class StudyRollViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private StudyService study;
    private RollFixtures f;
    private TestUi t;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("s.db"), TestUi.fixedClock());
        f = RollFixtures.write(services);
        study = services.study();
        t = new TestUi();
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    private StudyRollViewModel roll(boolean reflection) {
        StudySession s = study.create(session("18-NQ/TW", "2026-03-10", reflection));
        StudyRollViewModel vm = new StudyRollViewModel(study, t.ui, s.id());
        vm.load();
        return vm;
    }

    private StudyRollRow row(StudyRollViewModel vm, String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private StudySummary stored() {
        return study.sessions(2026).get(0);
    }

    @Test
    void load_exemptedMember_listedAfterThoseExpectedAndNotCounted() {
        StudyRollViewModel vm = roll(false);

        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình", "Phạm Văn Dũng", "Lê Văn Cường"),
                vm.rows().stream().map(StudyRollRow::name).toList());
        assertEquals("Miễn sinh hoạt", vm.rows().get(3).category());
        assertEquals("Không phải dự", vm.rows().get(3).mark());
        assertTrue(vm.countsProperty().get().startsWith("Phải học: 3 đồng chí\n"), vm.countsProperty().get());
        assertTrue(vm.headingProperty().get().startsWith("Học tập, quán triệt văn bản 18-NQ/TW"));
    }

    @Test
    void markPresent_firstRow_storedCountedAndMovesToTheNextPerson() {
        StudyRollViewModel vm = roll(false);
        vm.selectedProperty().set(vm.rows().get(0));

        vm.markPresent();

        assertEquals("Có mặt", vm.rows().get(0).mark());
        assertEquals("Trần Thị Bình", vm.selectedProperty().get().name());
        assertTrue(vm.countsProperty().get().contains("Có mặt: 1\n"), vm.countsProperty().get());
        assertTrue(vm.countsProperty().get().contains("Chưa điểm danh: 2"), vm.countsProperty().get());
        assertEquals(1, stored().participation().completed());
    }

    @Test
    void markExcused_withoutReason_asksForTheReasonAndStoresNothing() {
        StudyRollViewModel vm = roll(false);
        vm.selectedProperty().set(row(vm, "Trần Thị Bình"));

        vm.markExcused();

        assertTrue(vm.reasonWantedProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Lý do vắng của đồng chí Trần Thị Bình"));
        assertNull(row(vm, "Trần Thị Bình").status());
        vm.reasonProperty().set("Ốm");
        vm.markExcused();
        assertEquals("Vắng có lý do", row(vm, "Trần Thị Bình").mark());
        assertEquals("Ốm", row(vm, "Trần Thị Bình").reason());
    }

    @Test
    void markAllPresent_everyoneExpected_rateMeetsTheTargetAndExemptedStaysUnmarked() {
        StudyRollViewModel vm = roll(false);

        vm.markAllPresent();

        assertTrue(vm.countsProperty().get().endsWith("Tỷ lệ tham gia: 100,0% ≥ 95% (đạt)"),
                vm.countsProperty().get());
        assertNull(row(vm, "Lê Văn Cường").status());
        assertTrue(stored().participation().meetsTarget());
    }

    @Test
    void saveMakeup_absenteeMadeUp_countsTowardTheRate() {
        StudyRollViewModel vm = roll(false);
        vm.markAllPresent();
        vm.selectedProperty().set(row(vm, "Trần Thị Bình"));
        vm.markUnexcused();
        vm.selectedProperty().set(row(vm, "Trần Thị Bình"));
        assertTrue(vm.countsProperty().get().contains("Vắng, chưa học bù: 1"), vm.countsProperty().get());

        vm.makeupDateProperty().set(d("2026-03-20"));
        vm.saveMakeup(false);

        assertEquals("20/03/2026", row(vm, "Trần Thị Bình").makeup());
        assertTrue(vm.countsProperty().get().contains("Vắng, đã học bù: 1"), vm.countsProperty().get());
        assertEquals(3, stored().participation().completed());
    }

    @Test
    void saveMakeup_presentMember_refusedWithTheServiceMessage() {
        StudyRollViewModel vm = roll(false);
        vm.markAllPresent();
        vm.selectedProperty().set(row(vm, "Nguyễn Văn An"));
        vm.makeupDateProperty().set(d("2026-03-20"));

        vm.saveMakeup(false);

        assertTrue(vm.messageProperty().get().startsWith("Ngày học bù của đồng chí Nguyễn Văn An"),
                vm.messageProperty().get());
        assertEquals("", row(vm, "Nguyễn Văn An").makeup());
    }

    @Test
    void saveMakeup_dateTextNotADate_refusedNamingTheField() {
        StudyRollViewModel vm = roll(false);
        vm.selectedProperty().set(vm.rows().get(0));

        vm.saveMakeup(true);

        assertTrue(vm.messageProperty().get().startsWith("Ngày học bù: hãy nhập ngày theo dạng dd/mm/yyyy"));
    }

    @Test
    void saveReflection_required_recordedAndCounted() {
        StudyRollViewModel vm = roll(true);
        assertTrue(vm.reflectionRequiredProperty().get());
        vm.markAllPresent();
        vm.selectedProperty().set(row(vm, "Nguyễn Văn An"));
        vm.reflectionDateProperty().set(d("2026-03-15"));

        vm.saveReflection(false);

        assertEquals("15/03/2026", row(vm, "Nguyễn Văn An").reflection());
        assertTrue(vm.countsProperty().get().contains("Đã nộp bài thu hoạch: 1/3"), vm.countsProperty().get());
    }

    @Test
    void saveReflection_notRequired_refusedWithTheReason() {
        StudyRollViewModel vm = roll(false);
        assertFalse(vm.reflectionRequiredProperty().get());
        vm.markAllPresent();
        vm.selectedProperty().set(vm.rows().get(0));
        vm.reflectionDateProperty().set(d("2026-03-15"));

        vm.saveReflection(false);

        assertEquals("Buổi học tập văn bản 18-NQ/TW không yêu cầu viết bài thu hoạch.", vm.messageProperty().get());
    }

    @Test
    void markUnexcused_exemptedMember_refusedWithTheRule() {
        StudyRollViewModel vm = roll(false);
        vm.selectedProperty().set(row(vm, "Lê Văn Cường"));

        vm.markUnexcused();

        assertTrue(vm.messageProperty().get().startsWith("Đồng chí Lê Văn Cường được miễn công tác"));
        assertNull(row(vm, "Lê Văn Cường").status());
    }

    @Test
    void clearMark_markedMember_backToNotMarked() {
        StudyRollViewModel vm = roll(false);
        vm.markAllPresent();
        vm.selectedProperty().set(vm.rows().get(0));

        vm.clearMark();

        assertEquals("Chưa điểm danh", vm.rows().get(0).mark());
        assertEquals(2, stored().participation().completed());
    }

    @Test
    void keys_sameAsTheMeetingRollCall_markPresentAbsentAndClear() {
        StudyRollViewModel vm = roll(false);
        vm.selectedProperty().set(vm.rows().get(0));

        assertTrue(RollKeys.typed("c", vm));
        assertTrue(RollKeys.typed("3", vm));
        assertFalse(RollKeys.typed("x", vm));

        assertEquals("Có mặt", vm.rows().get(0).mark());
        assertEquals("Vắng không lý do", vm.rows().get(1).mark());
        vm.selectedProperty().set(vm.rows().get(0));
        assertTrue(RollKeys.pressed(javafx.scene.input.KeyCode.DELETE, vm));
        assertEquals("Chưa điểm danh", vm.rows().get(0).mark());
    }
}
