package vn.sochibo.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.RollFixtures;
import vn.sochibo.testutil.TestUi;

class RollCallViewModelTest {
    @TempDir
    Path dir;
    private TestUi t;
    private Services services;
    private RollFixtures f;

    @BeforeEach
    void open() {
        t = new TestUi();
        services = Services.open(dir.resolve("v.db"), TestUi.fixedClock());
        f = RollFixtures.write(services);
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    private RollCallViewModel vm(long meetingId) {
        RollCallViewModel vm = new RollCallViewModel(RollCallServices.of(services), t.ui, meetingId);
        vm.load();
        return vm;
    }

    private static RollRow row(RollCallViewModel vm, String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void load_march_showsHeadingExpectedFirstThenExemptedInWords() {
        RollCallViewModel vm = vm(f.march);
        assertEquals("Sinh hoạt chi bộ chuyên đề ngày 12/03/2026", vm.headingProperty().get());
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình", "Phạm Văn Dũng", "Lê Văn Cường"),
                vm.rows().stream().map(RollRow::name).toList());
        assertEquals("Chưa điểm danh", vm.rows().get(0).mark());
        assertEquals("Không phải dự", row(vm, "Lê Văn Cường").mark());
        assertEquals("Miễn sinh hoạt", row(vm, "Lê Văn Cường").category());
    }

    @Test
    void markAllPresentThenUnexcused_countsUpdateAndSelectionMovesOn() {
        RollCallViewModel vm = vm(f.march);
        vm.markAllPresent();
        assertTrue(vm.countsProperty().get().contains("Có mặt: 3 (chính thức 2, dự bị 1"), vm.countsProperty().get());
        vm.selectedProperty().set(row(vm, "Trần Thị Bình"));
        vm.markUnexcused();
        assertEquals("Vắng không lý do", row(vm, "Trần Thị Bình").mark());
        assertEquals("Phạm Văn Dũng", vm.selectedProperty().get().name());
        assertTrue(vm.countsProperty().get().contains("không có lý do: 1 (Trần Thị Bình)"), vm.countsProperty().get());
    }

    @Test
    void markExcused_withoutReason_asksForTheReasonAndMarksNothing() {
        RollCallViewModel vm = vm(f.march);
        vm.selectedProperty().set(row(vm, "Trần Thị Bình"));
        vm.markExcused();
        assertTrue(vm.reasonWantedProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Lý do vắng của đồng chí Trần Thị Bình"));
        assertEquals(null, row(vm, "Trần Thị Bình").status());
        vm.reasonProperty().set("Đi viện");
        vm.markExcused();
        assertEquals(AttendanceStatus.ABSENT_EXCUSED, row(vm, "Trần Thị Bình").status());
        assertEquals("Đi viện", row(vm, "Trần Thị Bình").reason());
        assertFalse(vm.reasonWantedProperty().get());
    }

    @Test
    void markExempted_asAbsent_showsTheRefusal() {
        RollCallViewModel vm = vm(f.march);
        vm.selectedProperty().set(row(vm, "Lê Văn Cường"));
        vm.markUnexcused();
        assertTrue(vm.messageProperty().get().contains("miễn công tác và sinh hoạt đảng"), vm.messageProperty().get());
    }

    @Test
    void saveNote_unmarkedPerson_isMarkedPresentWithTheNote() {
        RollCallViewModel vm = vm(f.march);
        vm.selectedProperty().set(row(vm, "Nguyễn Văn An"));
        vm.noteProperty().set("Đến muộn 15 phút");
        vm.saveNote();
        assertEquals("Có mặt", row(vm, "Nguyễn Văn An").mark());
        assertEquals("Đến muộn 15 phút", row(vm, "Nguyễn Văn An").note());
    }

    @Test
    void guests_addWithoutName_isRefusedThenAddedAndRemoved() {
        RollCallViewModel vm = vm(f.march);
        vm.guestPostProperty().set("Khách mời");
        vm.addGuest();
        assertEquals("Họ và tên đại biểu: không được để trống.", vm.messageProperty().get());
        vm.guestNameProperty().set("Đinh Thị Lan");
        vm.addGuest();
        assertEquals(1, vm.guests().size());
        assertEquals("", vm.guestNameProperty().get());
        vm.removeGuest(vm.guests().get(0));
        assertTrue(vm.guests().isEmpty());
    }

    @Test
    void adoptedMeeting_isReadOnlyAndSaysSo() {
        RollCallViewModel vm = vm(f.january);
        assertTrue(vm.readOnlyProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Biên bản đã được thông qua"));
    }

    @Test
    void exportExcel_chosenFileWithoutExtension_writesXlsxAndSaysWhere() {
        t.dialogs.answering(dir.resolve("diem-danh"));
        vm(f.february).exportExcel();
        assertTrue(Files.exists(dir.resolve("diem-danh.xlsx")));
        assertTrue(t.dialogs.infos.get(0).startsWith("Đã ghi tệp"), t.dialogs.infos.toString());
    }
}
