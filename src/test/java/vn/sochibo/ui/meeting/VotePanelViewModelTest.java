package vn.sochibo.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.DecisionType;
import vn.sochibo.service.Services;
import vn.sochibo.store.MeetingFixtures;
import vn.sochibo.testutil.FakeDialogs;
import vn.sochibo.testutil.TestUi;

/** The vote form shows the rule, whether passing is possible, the result with percent, and refuses wrong counts. */
class VotePanelViewModelTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    @TempDir
    Path dir;
    private Services services;
    private final FakeDialogs dialogs = new FakeDialogs();
    private VotePanelViewModel vm;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("v.db"), TestUi.fixedClock());
        long id = MeetingFixtures.meeting(services.database(), DAY).id();
        vm = new VotePanelViewModel(services.meeting().votes(), m -> MeetingUiFixtures.roll(DAY),
                TestUi.context(dialogs, TestUi.fixedClock()), id, DAY);
        vm.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void form_admission_showsDenominatorThresholdAndStillPossible() {
        vm.decisionProperty().set(DecisionType.ADMISSION);
        assertTrue(vm.ruleTextProperty().get().startsWith("Số đảng viên tính biểu quyết: 10; ngưỡng ≥ 2/3, tức ít "
                + "nhất 7 đồng chí tán thành"), vm.ruleTextProperty().get());
        assertEquals("Còn có thể thông qua nếu ít nhất 7 đồng chí tán thành.", vm.possibleTextProperty().get());
    }

    @Test
    void counts_sixOfTenForAdmission_showNotPassedWithPercentOfDenominator() {
        vm.decisionProperty().set(DecisionType.ADMISSION);
        vm.yesProperty().set(6);
        vm.againstProperty().set(1);
        assertEquals("Tán thành 6/10 = 60,0%: KHÔNG THÔNG QUA", vm.resultTextProperty().get());
    }

    @Test
    void save_countsAboveOfficialsPresent_refusedWithMessageAndNothingRecorded() {
        vm.subjectProperty().set("Nghị quyết tháng 11");
        vm.yesProperty().set(8);
        assertTrue(vm.resultTextProperty().get().contains("nhiều hơn số đảng viên chính thức có mặt (7)"));
        assertFalse(vm.save());
        assertTrue(dialogs.errors.get(0).startsWith("Số phiếu: "), dialogs.errors.get(0));
        assertTrue(vm.recorded().isEmpty());
    }

    @Test
    void save_validVote_listedWithResultAndFormEmptied() {
        vm.subjectProperty().set("Nghị quyết tháng 11");
        vm.yesProperty().set(7);
        assertTrue(vm.save());
        assertEquals(1, vm.recorded().size());
        assertEquals("Nghị quyết tháng 11: tán thành 7/10 (70,0%), không tán thành 0, ý kiến khác 0. THÔNG QUA "
                + "(ngưỡng > 1/2)", vm.line(vm.recorded().get(0)));
        assertEquals("", vm.subjectProperty().get());
    }
}
