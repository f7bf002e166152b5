package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.sochibo.store.DataFiles;

/** {@code sochibo check}: exit 0 "no errors" or exit 1 with a one-line reason; the file is never changed. */
class CheckCommandTest extends BackupCommandsTest {
    @Test
    void check_goodFile_exitsZeroSayingNoErrors() {
        assertEquals(0, run("check", "--db", db.toString()));
        assertEquals("Tệp dữ liệu không có lỗi: " + db.toAbsolutePath(), outLine());
        assertEquals("", err.toString());
    }

    @Test
    void check_goodFileFullInEnglish_exitsZero() {
        assertEquals(0, run("check", "--db", db.toString(), "--full", "--lang", "en"));
        assertEquals("The data file has no errors: " + db.toAbsolutePath(), outLine());
    }

    @Test
    void check_truncatedFile_exitsOneWithTheReasonAndLeavesItUnchanged() throws Exception {
        Path cut = dir.resolve("cut.db");
        byte[] all = Files.readAllBytes(DataFiles.withMembers(dir.resolve("big.db"), 50));
        Files.write(cut, Arrays.copyOf(all, all.length / 2 + 10));
        byte[] before = Files.readAllBytes(cut);
        assertEquals(1, run("check", "--db", cut.toString(), "--full"));
        assertEquals("Tệp " + cut.toAbsolutePath() + " bị thiếu phần cuối (có thể chép chưa xong).", errLine());
        assertEquals(Arrays.toString(before), Arrays.toString(Files.readAllBytes(cut)));
    }

    @Test
    void check_textFileInEnglish_exitsOneSayingNotADataFile() throws Exception {
        Path text = DataFiles.textFile(dir.resolve("notes.db"));
        assertEquals(1, run("check", "--db", text.toString(), "--lang", "en"));
        assertEquals("The file " + text.toAbsolutePath() + " is not a Sổ Chi Bộ data file.", errLine());
    }

    @Test
    void check_newerVersion_exitsOneSayingUpdate() throws Exception {
        Path newer = DataFiles.newerVersion(dir.resolve("newer.db"));
        assertEquals(1, run("check", "--db", newer.toString()));
        assertEquals("Tệp " + newer.toAbsolutePath() + " do phiên bản Sổ Chi Bộ mới hơn tạo. Hãy cập nhật chương "
                + "trình.", errLine());
    }

    @Test
    void check_missingFile_exitsOneAndNeverCreatesIt() {
        Path none = dir.resolve("none.db");
        assertEquals(1, run("check", "--db", none.toString()));
        assertEquals("Không có tệp " + none.toAbsolutePath() + ".", errLine());
        assertNoFile(none);
        assertNoFile(dir.resolve("none.db-wal"));
    }

    @Test
    void check_encryptedBackupWithPasswordFromTheEnvironment_exitsZero() {
        env.put(PasswordSource.ENV_VARIABLE, "mật khẩu");
        run("backup", "--db", db.toString());
        Path backup = Path.of(outLine().substring(outLine().indexOf('/')));
        out.getBuffer().setLength(0);
        assertEquals(0, run("check", "--db", backup.toString(), "--full"));
        env.put(PasswordSource.ENV_VARIABLE, "khác");
        assertEquals(1, run("check", "--db", backup.toString()));
        assertEquals("Sai mật khẩu: không mở được tệp " + backup + ".", errLine());
    }
}
