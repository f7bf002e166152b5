package vn.sochibo.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.service.Services;
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.store.DataFiles;
import vn.sochibo.testutil.TestUi;

/** The "Data and backups" screen without a window: what the secretary sees and what happens to the data. */
class BackupViewModelTest {
    @TempDir
    Path dir;
    private final TestUi t = new TestUi();
    private Path db;
    private FakeDatabaseHandle handle;
    private BackupViewModel vm;

    @BeforeEach
    void open() {
        db = DataFiles.withMembers(dir.resolve("sochibo.db"), 4);
        handle = new FakeDatabaseHandle(db);
        vm = new BackupViewModel(t.ui, new BackupService(TestUi.fixedClock()), handle);
    }

    @AfterEach
    void dispose() {
        t.dispose();
    }

    private static int members(Path file) {
        try (Services s = Services.open(file, TestUi.fixedClock())) {
            return s.members().count();
        }
    }

    private void addMember() {
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            s.members().save(vn.sochibo.testutil.MemberBuilder.member().name("Lê Văn Mới").build(),
                    vn.sochibo.service.member.MemberEntry.admittedHere());
        }
    }

    @Test
    void screen_fresh_showsTheDataFileAndTheDefaultFolderBesideIt() {
        assertEquals(db.toAbsolutePath().toString(), vm.databaseTextProperty().get());
        assertEquals(dir.resolve("backups").toString(), vm.folderTextProperty().get());
        vm.load();
        assertEquals(List.of(), vm.rows());
    }

    @Test
    void backupNow_writesABackupSaysWhereAndListsIt() {
        vm.backupNow();
        assertEquals(1, vm.rows().size());
        BackupRow row = vm.rows().get(0);
        assertEquals("4", row.members());
        assertEquals("0", row.meetings());
        assertEquals("Không", row.encrypted());
        assertEquals("Dùng được", row.state());
        assertTrue(t.dialogs.infos.get(0).startsWith("Đã sao lưu lúc " + row.date()), t.dialogs.infos.toString());
        assertTrue(vm.statusTextProperty().get().contains(dir.resolve("backups").toString()));
        assertEquals(List.of(), t.dialogs.errors);
    }

    @Test
    void backupNow_withBranchPassword_listsAnEncryptedBackup() {
        handle.withPassword("mật khẩu");
        vm.backupNow();
        assertEquals("Có", vm.rows().get(0).encrypted());
        assertEquals("4", vm.rows().get(0).members());
    }

    @Test
    void chooseFolder_usbStick_isRememberedAndUsedForTheNextBackup() throws Exception {
        Path usb = Files.createDirectory(dir.resolve("usb"));
        t.dialogs.answering(usb);
        vm.chooseFolder();
        assertEquals(usb.toString(), t.ui.settings().backupFolder());
        assertEquals(usb.toString(), vm.folderTextProperty().get());
        vm.backupNow();
        try (var files = Files.list(usb)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void chooseFolder_cancelled_keepsTheFolder() {
        vm.chooseFolder();
        assertEquals("", t.ui.settings().backupFolder());
        assertEquals(dir.resolve("backups").toString(), vm.folderTextProperty().get());
    }

    @Test
    void restoreSelected_nothingChosen_asksToChooseFirst() {
        vm.restoreSelected();
        assertEquals(List.of("Hãy chọn một bản sao lưu trong danh sách trước."), t.dialogs.infos);
        assertEquals(List.of(), handle.calls);
    }

    @Test
    void restoreSelected_confirmed_namesTheDateClosesRestoresAndReopens() {
        vm.backupNow();
        addMember();
        vm.selectedProperty().set(vm.rows().get(0));
        vm.restoreSelected();
        String question = t.dialogs.confirmations.get(0);
        assertTrue(question.contains(vm.rows().stream().filter(r -> r.kind().equals("Sao lưu")).findFirst()
                .orElseThrow().date()), question);
        assertTrue(question.contains("Trước khi khôi phục"), question);
        assertEquals(List.of("close", "reopen"), handle.calls);
        assertEquals(4, members(db));
        assertEquals(List.of("Trước khi khôi phục", "Sao lưu"), vm.rows().stream().map(BackupRow::kind).toList());
        assertEquals("5", vm.rows().get(0).members());
        assertTrue(t.dialogs.infos.get(1).startsWith("Đã khôi phục dữ liệu"), t.dialogs.infos.toString());
    }

    @Test
    void restoreSelected_backupOfAnEarlierPassword_asksForItAndRestores() {
        handle.withPassword("mật khẩu cũ");
        vm.backupNow();
        addMember();
        handle.withPassword(null);
        vm.load();
        assertEquals("Cần mật khẩu", vm.rows().get(0).state());
        vm.selectedProperty().set(vm.rows().get(0));

        t.dialogs.passwords.add("sai".toCharArray());
        vm.restoreSelected();
        assertEquals(5, members(db));
        assertTrue(t.dialogs.errors.get(t.dialogs.errors.size() - 1).startsWith("Sai mật khẩu"));

        t.dialogs.passwords.add("mật khẩu cũ".toCharArray());
        vm.selectedProperty().set(vm.rows().get(0));
        vm.restoreSelected();
        assertEquals(4, members(db));
        assertEquals(2, t.dialogs.passwordPrompts.size());
        assertTrue(t.dialogs.passwordPrompts.get(0).contains("mật khẩu khác"));
    }

    @Test
    void restoreSelected_declined_changesNothingAndKeepsTheDataOpen() throws Exception {
        vm.backupNow();
        addMember();
        byte[] before = Files.readAllBytes(db);
        t.dialogs.answer = false;
        vm.selectedProperty().set(vm.rows().get(0));
        vm.restoreSelected();
        assertEquals(List.of(), handle.calls);
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void restoreSelected_damagedBackup_isRefusedWithoutClosingTheData() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("backups"));
        DataFiles.textFile(folder.resolve("sochibo-2026-11-01_1000.db"));
        vm.load();
        assertEquals("Không phải bản sao lưu", vm.rows().get(0).state());
        vm.selectedProperty().set(vm.rows().get(0));
        vm.restoreSelected();
        assertTrue(t.dialogs.errors.get(0).startsWith("Không khôi phục: sochibo-2026-11-01_1000.db"));
        assertEquals(List.of(), t.dialogs.confirmations);
        assertEquals(List.of(), handle.calls);
    }

    @Test
    void restoreSelected_wrongPassword_saysSoReopensAndKeepsTheData() throws Exception {
        handle.withPassword("mật khẩu cũ");
        vm.backupNow();
        handle.withPassword("mật khẩu mới");
        vm.load();
        assertEquals("Sai mật khẩu", vm.rows().get(0).state());
        byte[] before = Files.readAllBytes(db);
        vm.selectedProperty().set(vm.rows().get(0));
        t.dialogs.passwords.add("đoán sai".toCharArray());
        vm.restoreSelected();
        assertTrue(t.dialogs.errors.get(0).startsWith("Sai mật khẩu"), t.dialogs.errors.toString());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void restoreSelected_failureAfterClosing_reopensTheDataAndShowsTheReason() throws Exception {
        vm.backupNow();
        vm.selectedProperty().set(vm.rows().get(0));
        Files.delete(vm.rows().get(0).entry().file().path());
        vm.restoreSelected();
        assertEquals(List.of("close", "reopen"), handle.calls);
        assertTrue(t.dialogs.errors.get(0).startsWith("Không khôi phục: không có tệp"), t.dialogs.errors.toString());
        assertEquals(4, members(db));
    }

    @Test
    void checkAll_healthyData_saysNoErrorsInPlainWords() {
        vm.checkAll();
        assertEquals(List.of("Đã kiểm tra toàn bộ: tệp dữ liệu không có lỗi."), t.dialogs.infos);
    }

    @Test
    void checkAll_damagedData_saysWhatIsWrongAndChangesNothing() throws Exception {
        DataFiles.damagedCopy(DataFiles.withMembers(dir.resolve("big.db"), 300), dir.resolve("bad.db"));
        Files.copy(dir.resolve("bad.db"), db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] before = Files.readAllBytes(db);
        vm.checkAll();
        assertEquals(List.of("Tệp " + db + " bị hỏng bên trong. Hãy khôi phục từ một bản sao lưu tốt."),
                t.dialogs.errors);
        assertArrayEquals(before, Files.readAllBytes(db));
    }
}
