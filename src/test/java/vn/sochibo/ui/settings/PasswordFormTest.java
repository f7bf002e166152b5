package vn.sochibo.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.service.security.PasswordService;
import vn.sochibo.store.Database;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.settings.PasswordForm.Action;

/** The password part of the settings dialog. */
class PasswordFormTest {
    private static final String PASSWORD = "hoa sen nở";
    @TempDir
    Path dir;
    private final TestUi t = new TestUi();
    private Database db;
    private PasswordService passwords;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("chibo.db"));
        passwords = new PasswordService(db);
    }

    @AfterEach
    void close() {
        db.close();
        t.dispose();
    }

    private PasswordForm form() {
        return new SettingsDialogViewModel(t.ui.settings(), t.ui.i18n(), passwords).password();
    }

    private static PasswordForm typed(PasswordForm form, Action action, String current, String next, String again) {
        form.actionProperty().set(action);
        form.currentProperty().set(current);
        form.newPasswordProperty().set(next);
        form.repeatProperty().set(again);
        return form;
    }

    private static List<String> errorLines(PasswordForm form) {
        return List.of(form.errorsProperty().get().split("\n"));
    }

    @Test
    void form_newBranch_offersToSetAPasswordAndLocksAfterTenMinutes() {
        PasswordForm form = form();

        assertFalse(form.passwordSetProperty().get());
        assertEquals("Chưa đặt mật khẩu: ai dùng máy này cũng mở được chương trình.", form.status());
        assertEquals("10", form.idleMinutesProperty().get());
        assertEquals(Action.KEEP, form.actionProperty().get());
    }

    @Test
    void apply_setWithoutTheTick_isRefusedNamingTheBox() {
        PasswordForm form = typed(form(), Action.SET, "", PASSWORD, PASSWORD);

        assertFalse(form.apply());

        assertEquals(List.of("Chưa lưu được. Vui lòng sửa:",
                "Ô “Tôi đã hiểu”: cần đánh dấu sau khi đọc kỹ lời dặn ở trên"), errorLines(form));
        assertEquals(PasswordForm.FIELD_UNDERSTOOD, form.focusRequestProperty().get());
        assertFalse(passwords.isSet());
    }

    @Test
    void apply_setTooShortAndRepeatedWrongly_namesEachField() {
        PasswordForm form = typed(form(), Action.SET, "", "12345", "12354");
        form.understoodProperty().set(true);

        assertFalse(form.apply());

        assertEquals(List.of("Chưa lưu được. Vui lòng sửa:", "Mật khẩu mới: cần ít nhất 6 ký tự",
                "Nhập lại mật khẩu mới: không giống mật khẩu mới vừa nhập"), errorLines(form));
        assertEquals(PasswordService.FIELD_NEW, form.focusRequestProperty().get());
        assertFalse(passwords.isSet());
    }

    @Test
    void apply_setWithTheTick_setsThePasswordAtOnceAndEmptiesTheFields() {
        PasswordForm form = typed(form(), Action.SET, "", PASSWORD, PASSWORD);
        form.understoodProperty().set(true);

        assertTrue(form.apply());

        assertTrue(passwords.verify(PASSWORD.toCharArray()));
        assertEquals("Đã đặt mật khẩu. Từ nay mỗi lần mở chương trình phải nhập mật khẩu này.", form.doneMessage());
        assertEquals("", form.newPasswordProperty().get());
        assertEquals("", form.repeatProperty().get());
        assertFalse(form.understoodProperty().get());
    }

    @Test
    void apply_changeWithAWrongCurrentPassword_saysSoAndEmptiesThatFieldOnly() {
        passwords.set(PASSWORD.toCharArray(), null);
        PasswordForm form = typed(form(), Action.CHANGE, "hoa sen", "mật khẩu mới", "mật khẩu mới");
        form.understoodProperty().set(true);

        assertFalse(form.apply());

        assertEquals(List.of("Chưa lưu được. Vui lòng sửa:", "Mật khẩu hiện tại: sai mật khẩu"), errorLines(form));
        assertEquals("", form.currentProperty().get());
        assertEquals("mật khẩu mới", form.newPasswordProperty().get());
        assertTrue(passwords.verify(PASSWORD.toCharArray()));
    }

    @Test
    void apply_changeWithoutTheCurrentPasswordOrTick_namesBothFields() {
        passwords.set(PASSWORD.toCharArray(), null);
        PasswordForm form = typed(form(), Action.CHANGE, "", "mật khẩu mới", "mật khẩu mới");

        assertFalse(form.apply());

        assertEquals(List.of("Chưa lưu được. Vui lòng sửa:", "Mật khẩu hiện tại: cần nhập",
                "Ô “Tôi đã hiểu”: cần đánh dấu sau khi đọc kỹ lời dặn ở trên"), errorLines(form));
    }

    @Test
    void apply_changeWithTheCurrentPassword_opensWithTheNewOne() {
        passwords.set(PASSWORD.toCharArray(), null);
        PasswordForm form = typed(form(), Action.CHANGE, PASSWORD, "mật khẩu mới", "mật khẩu mới");
        form.understoodProperty().set(true);

        assertTrue(form.apply());

        assertTrue(passwords.verify("mật khẩu mới".toCharArray()));
        assertEquals("Đã đổi mật khẩu.", form.doneMessage());
    }

    @Test
    void apply_removeWithTheCurrentPassword_needsNoTickAndRemovesIt() {
        passwords.set(PASSWORD.toCharArray(), null);
        PasswordForm form = typed(form(), Action.REMOVE, PASSWORD, "", "");

        assertTrue(form.apply());

        assertFalse(passwords.isSet());
        assertEquals("Đã bỏ mật khẩu.", form.doneMessage());
    }

    @Test
    void apply_idleMinutesOutOfRangeOrNotANumber_isRefusedNamingTheField() {
        for (String typed : List.of("121", "-1", "mười", "")) {
            PasswordForm form = form();
            form.idleMinutesProperty().set(typed);

            assertFalse(form.apply(), typed);
            assertEquals(List.of("Chưa lưu được. Vui lòng sửa:",
                    "Số phút tự khóa: phải là một số từ 0 đến 120 (0 là không bao giờ tự khóa)"), errorLines(form));
            assertEquals(PasswordService.FIELD_IDLE, form.focusRequestProperty().get());
        }
        assertEquals(10, passwords.idleLockMinutes());
    }

    @Test
    void apply_idleMinutesZero_turnsTheIdleLockOff() {
        PasswordForm form = form();
        form.idleMinutesProperty().set(" 0 ");

        assertTrue(form.apply());

        assertEquals(0, passwords.idleLockMinutes());
        assertEquals("", form.doneMessage());
    }

    @Test
    void apply_wrongIdleMinutesWithANewPassword_setsNothing() {
        PasswordForm form = typed(form(), Action.SET, "", PASSWORD, PASSWORD);
        form.understoodProperty().set(true);
        form.idleMinutesProperty().set("500");

        assertFalse(form.apply());

        assertFalse(passwords.isSet());
    }

    @Test
    void settings_withoutAPasswordService_haveNoPasswordPartAndSaveAsBefore() {
        SettingsDialogViewModel vm = new SettingsDialogViewModel(t.ui.settings(), t.ui.i18n());

        assertEquals(null, vm.password());
        assertTrue(vm.applyPassword());
    }
}
