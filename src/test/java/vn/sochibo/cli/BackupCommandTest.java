package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code sochibo backup}: prints the path written; encrypts with SOCHIBO_PASSWORD; one line on failure. */
class BackupCommandTest extends BackupCommandsTest {
    @Test
    void backup_defaultFolder_printsThePathOfTheNewBackup() {
        assertEquals(0, run("backup", "--db", db.toString()));
        assertTrue(outLine().startsWith("Đã sao lưu vào " + dir.resolve("backups").resolve("sochibo-")), outLine());
        Path written = Path.of(outLine().substring("Đã sao lưu vào ".length()));
        assertTrue(Files.isRegularFile(written));
        assertTrue(written.getFileName().toString().endsWith(".db"));
    }

    @Test
    void backup_outFolderInEnglish_printsEnglish() {
        assertEquals(0, run("backup", "--db", db.toString(), "--out", dir.resolve("usb").toString(), "--lang", "en"));
        assertTrue(outLine().startsWith("Backed up into " + dir.resolve("usb").resolve("sochibo-")), outLine());
    }

    @Test
    void backup_passwordInTheEnvironment_writesAnEncryptedBackup() {
        env.put(PasswordSource.ENV_VARIABLE, "mật khẩu");
        assertEquals(0, run("backup", "--db", db.toString()));
        assertTrue(outLine().endsWith(".sochibo-backup"), outLine());
    }

    @Test
    void backup_encryptTypedTwiceTheSame_writesAnEncryptedBackup() {
        console = true;
        typed.add("bí mật");
        typed.add("bí mật");
        assertEquals(0, run("backup", "--db", db.toString(), "--encrypt"));
        assertTrue(outLine().endsWith(".sochibo-backup"), outLine());
    }

    @Test
    void backup_encryptTypedDifferently_writesNothingAndSaysWhy() {
        console = true;
        typed.add("bí mật");
        typed.add("bi mat");
        assertEquals(1, run("backup", "--db", db.toString(), "--encrypt"));
        assertEquals("Hai lần nhập mật khẩu không giống nhau; chưa sao lưu.", errLine());
        assertNoFile(dir.resolve("backups"));
    }

    @Test
    void backup_encryptWithoutConsoleOrVariable_exitsOneInEnglish() {
        assertEquals(1, run("backup", "--db", db.toString(), "--encrypt", "--lang", "en"));
        assertTrue(errLine().startsWith("A password is needed: set the variable SOCHIBO_PASSWORD"));
    }

    @Test
    void backup_missingDatabase_exitsOneAndCreatesNothing() {
        Path none = dir.resolve("none.db");
        assertEquals(1, run("backup", "--db", none.toString()));
        assertTrue(errLine().startsWith("Không có tệp dữ liệu " + none.toAbsolutePath()), errLine());
        assertNoFile(none);
    }
}
