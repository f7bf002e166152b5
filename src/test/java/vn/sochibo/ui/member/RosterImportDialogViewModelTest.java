package vn.sochibo.ui.member;

import vn.sochibo.testutil.FakeDialogs;
import vn.sochibo.testutil.TestUi;
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
import vn.sochibo.export.RosterWorkbook;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.roster.RosterFixtures;

/** The import dialog without a window: preview, problems by row and column, Import only when there is no error. */
class RosterImportDialogViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private FakeDialogs dialogs;
    private RosterImportDialogViewModel vm;

    @BeforeEach
    void open() {
        services = RosterFixtures.open(dir.resolve("b.db"));
        dialogs = new FakeDialogs();
        vm = new RosterImportDialogViewModel(TestUi.context(dialogs, RosterFixtures.CLOCK), RosterFixtures.roster(services));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Path file(Object birthOfSecond) {
        return new RosterWorkbook().sheet("Sheet1").row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng")
                .row(2, "Nguyễn Văn An", "Nam", "12/03/1950", "19/05/1975")
                .row(3, "Trần Thị Bích", "Nữ", birthOfSecond, "03/02/1990")
                .write(dir.resolve("ds.xlsx"));
    }

    @Test
    void load_cleanFile_listsMembersAndEnablesImport() {
        dialogs.answering(file("01/08/1962"));
        assertTrue(vm.chooseFile());
        vm.load();
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bích"),
                vm.members().stream().map(RosterImportMemberRow::fullName).toList());
        assertEquals(List.of(2, 3), vm.members().stream().map(RosterImportMemberRow::row).toList());
        assertEquals("Dự bị", vm.members().get(0).status(), "no official date in the file");
        assertTrue(vm.problems().isEmpty());
        assertEquals("Trang «Sheet1»: 2 đảng viên, 0 lỗi, 0 lưu ý.", vm.summaryProperty().get());
        assertTrue(vm.canImportProperty().get());
        assertFalse(vm.hasErrorsProperty().get());
    }

    @Test
    void load_fileWithAnError_showsItByRowAndColumnAndDisablesImport() {
        dialogs.answering(file("1962"));
        vm.chooseFile();
        vm.load();
        assertEquals(List.of(new RosterImportProblemRow("3", "Ngày sinh", "Lỗi",
                "chỉ có năm (1962); sổ danh sách cần ngày đầy đủ dd/mm/yyyy", true)), vm.problems());
        assertEquals("Lỗi", vm.members().get(1).problem());
        assertFalse(vm.canImportProperty().get());
        assertTrue(vm.hasErrorsProperty().get());
        assertEquals("Còn 1 lỗi: hãy sửa trong tệp Excel rồi nhập lại. Chưa ghi gì vào dữ liệu.",
                vm.verdictProperty().get());
        vm.importAll();
        assertEquals(0, services.members().count());
        assertEquals(0, vm.imported());
    }

    @Test
    void importAll_cleanFile_writesEveryMemberReportsAndCloses() {
        dialogs.answering(file("01/08/1962"));
        vm.chooseFile();
        vm.load();
        vm.importAll();
        assertEquals(2, services.members().count());
        assertEquals(2, vm.imported());
        assertEquals(List.of("Đã nhập 2 đảng viên vào dữ liệu."), dialogs.infos);
        assertTrue(vm.closedProperty().get());
    }

    @Test
    void load_unreadableFile_showsOneClearErrorAndCloses() throws Exception {
        dialogs.answering(Files.writeString(dir.resolve("ds.xlsx"), "STT;Họ và tên"));
        vm.chooseFile();
        vm.load();
        assertEquals(List.of("Tệp ds.xlsx không phải bảng tính Excel (.xlsx). Hãy mở tệp bằng Excel hoặc LibreOffice "
                + "rồi lưu lại dạng .xlsx."), dialogs.errors);
        assertTrue(vm.closedProperty().get());
        assertFalse(vm.canImportProperty().get());
    }

    @Test
    void chooseFile_cancelled_returnsFalse() {
        assertFalse(vm.chooseFile());
    }

    @Test
    void cancel_closesWithoutWriting() {
        dialogs.answering(file("01/08/1962"));
        vm.chooseFile();
        vm.load();
        vm.cancel();
        assertTrue(vm.closedProperty().get());
        assertEquals(0, services.members().count());
    }
}
