package vn.sochibo.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.Services;
import vn.sochibo.store.MeetingFixtures;
import vn.sochibo.testutil.FakeDialogs;
import vn.sochibo.testutil.TestUi;

/** The grading dialog shows the grade as points change and saves them; the history lists versions with reasons. */
class GradingAndHistoryViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private final FakeDialogs dialogs = new FakeDialogs();
    private Meeting meeting;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("g.db"), TestUi.fixedClock());
        meeting = MeetingFixtures.meeting(services.database(), LocalDate.of(2026, 11, 21));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void grading_pointsAndKeyCriteria_showGradeAndSave() {
        GradingViewModel vm = new GradingViewModel(services.meeting().minutes(),
                TestUi.context(dialogs, TestUi.fixedClock()), meeting);
        vm.pointsProperty().set(92);
        vm.keyMetProperty().set(true);
        assertEquals("92 điểm: xếp loại Tốt", vm.gradeTextProperty().get());
        vm.keyMetProperty().set(false);
        assertEquals("92 điểm: xếp loại Khá", vm.gradeTextProperty().get());
        vm.pointsProperty().set(120);
        assertEquals("Điểm chất lượng sinh hoạt: cần một số từ 0 đến 100 (đã nhập 120).", vm.gradeTextProperty().get());
        vm.pointsProperty().set(49);
        assertEquals(49, vm.save().gradePoints());
        assertEquals(49, services.meeting().meetings().get(meeting.id()).gradePoints());
    }

    @Test
    void history_afterCorrection_listsBothVersionsWithReasonAndShowsTheLatest() {
        services.meeting().minutes().adopt(meeting.id(), "Bản đầu");
        services.meeting().minutes().reopenForCorrection(meeting.id(), "Sai số người dự");
        services.meeting().minutes().adopt(meeting.id(), "Bản sửa");
        MinutesHistoryViewModel vm = new MinutesHistoryViewModel(services.meeting().minutes(),
                TestUi.context(dialogs, TestUi.fixedClock()), meeting.id());
        vm.load();
        assertEquals(2, vm.versions().size());
        assertEquals("Bản sửa", vm.textProperty().get());
        assertEquals("Bản 1: thông qua lúc 21/11/2026 00:00", vm.line(vm.versions().get(0)));
        assertEquals("Bản 2: thông qua lúc 21/11/2026 00:00; sửa vì: Sai số người dự", vm.line(vm.versions().get(1)));
        vm.selectedProperty().set(vm.versions().get(0));
        assertEquals("Bản đầu", vm.textProperty().get());
    }
}
