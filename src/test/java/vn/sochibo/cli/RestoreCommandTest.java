package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.sochibo.store.Database;
import vn.sochibo.store.DataFiles;
import vn.sochibo.store.Snapshots;

/** {@code sochibo restore}: says what was restored and where the previous data went; refuses bad backups. */
class RestoreCommandTest extends BackupCommandsTest {
    private Path backup() {
        run("backup", "--db", db.toString());
        Path written = Path.of(outLine().substring(outLine().indexOf('/')));
        out.getBuffer().setLength(0);
        try (Database open = Database.open(db)) {
            DataFiles.addMembers(open, 2, "Sau");
        }
        return written;
    }

    @Test
    void restore_goodBackup_printsWhatWasRestoredAndWhereThePreviousDataIs() {
        Path backup = backup();
        assertEquals(0, run("restore", "--db", db.toString(), "--from", backup.toString()));
        assertTrue(outLine().startsWith("Đã khôi phục " + backup + " vào " + db + " (4 đảng viên, 0 kỳ sinh hoạt)."),
                outLine());
        assertTrue(outLine().contains("truoc-khoi-phuc-"), outLine());
        assertEquals(4, Snapshots.counts(db).members());
        Path saved = Path.of(outLine().substring(outLine().lastIndexOf(' ') + 1));
        assertEquals(6, Snapshots.counts(saved).members());
    }

    @Test
    void restore_goodBackupInEnglish_printsEnglish() {
        Path backup = backup();
        assertEquals(0, run("restore", "--db", db.toString(), "--from", backup.toString(), "--lang", "en"));
        assertTrue(outLine().startsWith("Restored " + backup + " into " + db + " (4 members, 0 meetings)."), outLine());
    }

    @Test
    void restore_textFile_exitsOneWithOneLineAndKeepsTheData() throws Exception {
        Path text = Files.writeString(dir.resolve("ghi-chu.db"), "không phải dữ liệu");
        byte[] before = Files.readAllBytes(db);
        assertEquals(1, run("restore", "--db", db.toString(), "--from", text.toString()));
        assertEquals("Không khôi phục: ghi-chu.db không phải bản sao lưu của Sổ Chi Bộ. Dữ liệu hiện tại không bị "
                + "thay đổi.", errLine());
        assertUnchanged(before);
    }

    @Test
    void restore_encryptedWithWrongPasswordInEnglish_saysWrongPassword() throws Exception {
        env.put(PasswordSource.ENV_VARIABLE, "đúng");
        Path backup = backup();
        env.put(PasswordSource.ENV_VARIABLE, "sai");
        byte[] before = Files.readAllBytes(db);
        assertEquals(1, run("restore", "--db", db.toString(), "--from", backup.toString(), "--lang", "en"));
        assertTrue(errLine().startsWith("Wrong password: the backup " + backup.getFileName()), errLine());
        assertUnchanged(before);
    }

    @Test
    void restore_encryptedWithPasswordTyped_restores() {
        env.put(PasswordSource.ENV_VARIABLE, "đúng");
        Path backup = backup();
        env.clear();
        console = true;
        typed.add("đúng");
        assertEquals(0, run("restore", "--db", db.toString(), "--from", backup.toString()));
        assertEquals(4, Snapshots.counts(db).members());
    }

    @Test
    void restore_encryptedWithoutAnyPassword_exitsOneAndKeepsTheData() throws Exception {
        env.put(PasswordSource.ENV_VARIABLE, "đúng");
        Path backup = backup();
        env.clear();
        byte[] before = Files.readAllBytes(db);
        assertEquals(1, run("restore", "--db", db.toString(), "--from", backup.toString()));
        assertTrue(errLine().startsWith("Cần mật khẩu"), errLine());
        assertUnchanged(before);
    }

    @Test
    void restore_withoutFrom_exitsOneWithUsageLine() {
        assertEquals(1, run("restore", "--db", db.toString()));
        assertTrue(errLine().startsWith("Thiếu tham số"), errLine());
    }
}
