package vn.sochibo.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.model.ValidationException;
import vn.sochibo.service.Messages;
import vn.sochibo.store.Database;
import vn.sochibo.store.SettingsRepository;

class PasswordServiceTest {
    private static final String PASSWORD = "hoa sen nở";
    @TempDir
    Path dir;
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
    }

    private String stored() {
        return db.read(tx -> new SettingsRepository().get(tx, PasswordService.HASH_KEY)).orElse(null);
    }

    private static List<String> messages(ValidationException e) {
        Messages vi = Messages.forLanguage("vi");
        return e.issues().stream().map(vi::issue).toList();
    }

    @Test
    void isSet_newBranch_isFalseAndNothingVerifies() {
        assertFalse(passwords.isSet());
        assertFalse(passwords.verify(PASSWORD.toCharArray()));
        assertFalse(passwords.verify(new char[0]));
    }

    @Test
    void set_newPassword_storesOnlyASaltedHashThatNeitherIsNorContainsIt() {
        passwords.set(PASSWORD.toCharArray(), null);

        String value = stored();
        String[] parts = value.split("\\$");
        assertEquals(4, parts.length, value);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 200_000, value);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        String plainBase64 = Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8));
        for (String form : List.of(PASSWORD, "hoa sen", plainBase64)) {
            assertFalse(value.contains(form), value);
        }
        assertTrue(passwords.isSet());
    }

    @Test
    void set_samePasswordTwice_storesDifferentSaltsAndHashes() {
        passwords.set(PASSWORD.toCharArray(), null);
        String first = stored();
        passwords.set(PASSWORD.toCharArray(), PASSWORD.toCharArray());

        assertNotEquals(first, stored());
    }

    @Test
    void verify_rightAndWrongPasswords_onlyTheRightOneOpens() {
        passwords.set(PASSWORD.toCharArray(), null);

        assertTrue(passwords.verify(PASSWORD.toCharArray()));
        assertFalse(passwords.verify("hoa sen no".toCharArray()));
        assertFalse(passwords.verify("Hoa sen nở".toCharArray()));
        assertFalse(passwords.verify(new char[0]));
    }

    @Test
    void verify_typedWithComposedAccents_isTheSamePassword() {
        passwords.set(Normalizer.normalize(PASSWORD, Normalizer.Form.NFC).toCharArray(), null);

        assertTrue(passwords.verify(Normalizer.normalize(PASSWORD, Normalizer.Form.NFD).toCharArray()));
    }

    @Test
    void set_callersArray_isLeftAsTyped() {
        char[] typed = PASSWORD.toCharArray();
        passwords.set(typed, null);

        assertEquals(PASSWORD, new String(typed));
    }

    @Test
    void set_tooShort_isRefusedNamingTheNewPasswordField() {
        ValidationException e = assertThrows(ValidationException.class, () -> passwords.set("12345".toCharArray(),
                null));

        assertEquals(List.of("Mật khẩu mới: cần ít nhất 6 ký tự"), messages(e));
        assertFalse(passwords.isSet());
    }

    @Test
    void set_sixVietnameseLetters_isLongEnough() {
        passwords.set("mật mã".toCharArray(), null);

        assertTrue(passwords.verify("mật mã".toCharArray()));
    }

    @Test
    void set_changeWithoutTheCurrentPassword_isRefusedAndTheOldOneStillOpens() {
        passwords.set(PASSWORD.toCharArray(), null);

        ValidationException e = assertThrows(ValidationException.class,
                () -> passwords.set("mật khẩu mới".toCharArray(), null));

        assertEquals(List.of("Mật khẩu hiện tại: cần nhập"), messages(e));
        assertTrue(passwords.verify(PASSWORD.toCharArray()));
    }

    @Test
    void set_changeWithAWrongCurrentPassword_saysOnlyThatItIsWrong() {
        passwords.set(PASSWORD.toCharArray(), null);

        ValidationException e = assertThrows(ValidationException.class,
                () -> passwords.set("mật khẩu mới".toCharArray(), "hoa sen".toCharArray()));

        assertEquals(List.of("Mật khẩu hiện tại: sai mật khẩu"), messages(e));
        assertTrue(passwords.verify(PASSWORD.toCharArray()));
    }

    @Test
    void set_changeWithTheCurrentPassword_opensWithTheNewOneOnly() {
        passwords.set(PASSWORD.toCharArray(), null);
        passwords.set("mật khẩu mới".toCharArray(), PASSWORD.toCharArray());

        assertTrue(passwords.verify("mật khẩu mới".toCharArray()));
        assertFalse(passwords.verify(PASSWORD.toCharArray()));
    }

    @Test
    void remove_withTheCurrentPassword_appOpensWithoutOne() {
        passwords.set(PASSWORD.toCharArray(), null);
        passwords.remove(PASSWORD.toCharArray());

        assertFalse(passwords.isSet());
        assertEquals(null, stored());
    }

    @Test
    void remove_withAWrongPassword_isRefusedAndThePasswordStays() {
        passwords.set(PASSWORD.toCharArray(), null);

        ValidationException e = assertThrows(ValidationException.class,
                () -> passwords.remove("sai rồi".toCharArray()));

        assertEquals(List.of("Mật khẩu hiện tại: sai mật khẩu"), messages(e));
        assertTrue(passwords.isSet());
    }

    @Test
    void verify_hashMadeWithFewerIterations_opensAndIsStrengthened() {
        new PasswordService(db, 1000).set(PASSWORD.toCharArray(), null);
        assertTrue(stored().startsWith("PBKDF2WithHmacSHA256$1000$"));

        assertTrue(passwords.verify(PASSWORD.toCharArray()));

        assertTrue(stored().startsWith("PBKDF2WithHmacSHA256$" + PasswordService.ITERATIONS + "$"), stored());
        assertTrue(passwords.verify(PASSWORD.toCharArray()));
    }

    @Test
    void verify_storedValueDamaged_saysSoInsteadOfWrongPassword() {
        db.write(tx -> {
            new SettingsRepository().put(tx, PasswordService.HASH_KEY, "garbage");
            return null;
        });

        AppException e = assertThrows(AppException.class,
                () -> passwords.verify(PASSWORD.toCharArray()));
        assertEquals("security.error.damaged", e.key());
    }

    @Test
    void idleLockMinutes_newBranch_isTen() {
        assertEquals(10, passwords.idleLockMinutes());
    }

    @Test
    void setIdleLockMinutes_zeroAndMaximum_areKept() {
        passwords.setIdleLockMinutes(0);
        assertEquals(0, passwords.idleLockMinutes());
        passwords.setIdleLockMinutes(PasswordService.MAX_IDLE_MINUTES);
        assertEquals(PasswordService.MAX_IDLE_MINUTES, passwords.idleLockMinutes());
    }

    @Test
    void setIdleLockMinutes_outsideTheRange_isRefusedNamingTheField() {
        for (int minutes : new int[] {-1, PasswordService.MAX_IDLE_MINUTES + 1}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> passwords.setIdleLockMinutes(minutes));
            assertEquals(List.of("Số phút tự khóa: phải là một số từ 0 đến 120 (0 là không bao giờ tự khóa)"),
                    messages(e));
        }
        assertEquals(10, passwords.idleLockMinutes());
    }
}
