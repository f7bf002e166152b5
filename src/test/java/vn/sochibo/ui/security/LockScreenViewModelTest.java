package vn.sochibo.ui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.service.security.PasswordService;
import vn.sochibo.store.Database;
import vn.sochibo.testutil.TestUi;

class LockScreenViewModelTest {
    private static final String PASSWORD = "hoa sen nở";
    @TempDir
    Path dir;
    private final TestUi t = new TestUi();
    private Database db;
    private LockScreenViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("chibo.db"));
        PasswordService passwords = new PasswordService(db);
        passwords.set(PASSWORD.toCharArray(), null);
        vm = new LockScreenViewModel(t.ui, passwords, "CHI BỘ KHU PHỐ 3");
    }

    @AfterEach
    void close() {
        db.close();
        t.dispose();
    }

    @Test
    void unlock_wrongPassword_saysOnlySaiMatKhauAndEmptiesTheField() {
        vm.passwordProperty().set("hoa sen no");
        vm.unlock();

        assertEquals("Sai mật khẩu.", vm.messageProperty().get());
        assertTrue(vm.errorProperty().get());
        assertEquals("", vm.passwordProperty().get());
        assertFalse(vm.finishedProperty().get());
        assertEquals(Optional.empty(), vm.result());
    }

    @Test
    void unlock_rightPasswordAfterAWrongOne_returnsThePasswordAndCloses() {
        vm.passwordProperty().set("sai rồi");
        vm.unlock();
        vm.passwordProperty().set(PASSWORD);
        vm.unlock();

        assertTrue(vm.finishedProperty().get());
        assertEquals(PASSWORD, new String(vm.result().orElseThrow()));
        assertEquals("", vm.messageProperty().get());
        assertEquals("", vm.passwordProperty().get());
    }

    @Test
    void unlock_nothingTyped_asksForThePasswordWithoutChecking() {
        vm.unlock();

        assertEquals("Hãy nhập mật khẩu rồi bấm Mở khóa.", vm.messageProperty().get());
        assertFalse(vm.finishedProperty().get());
    }

    @Test
    void quit_beforeUnlocking_closesWithNoPassword() {
        vm.passwordProperty().set("một nửa");
        vm.quit();

        assertTrue(vm.finishedProperty().get());
        assertEquals(Optional.empty(), vm.result());
        assertEquals("", vm.passwordProperty().get());
    }

    @Test
    void branchName_isShownAsGiven() {
        assertEquals("CHI BỘ KHU PHỐ 3", vm.branchName());
    }
}
