package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.export.RosterWorkbook;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;

/** While the window has the data file open, reading commands work beside it and writing commands are refused. */
class SingleWriterCliTest {
    @TempDir
    Path dir;

    private Path roster() {
        return new RosterWorkbook().sheet("Sheet1").row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng")
                .row(2, "Trần Thị Bích", "Nữ", "01/08/1962", "03/02/1990").write(dir.resolve("ds.xlsx"));
    }

    @Test
    void commands_whileAnotherCopyHasTheFile_readersWorkAndImportIsRefusedByName() {
        Path db = dir.resolve("chi-bo.db");
        try (Services window = Services.open(db, Clock.systemDefaultZone())) {
            window.members().save(MemberBuilder.member().name("Nguyễn Văn An").build(), MemberEntry.admittedHere());
            RosterCliTest.Run members = RosterCliTest.run("members", "--db", db.toString());
            assertEquals(0, members.code(), members.err());
            assertTrue(members.out().contains("Nguyễn Văn An"), members.out());
            RosterCliTest.Run dryRun = RosterCliTest.run("import", "members", "--dry-run", "--db", db.toString(),
                    roster().toString());
            assertEquals(0, dryRun.code(), dryRun.err());
            RosterCliTest.Run export = RosterCliTest.run("export", "roster", "--db", db.toString(),
                    "--out", dir.resolve("out.xlsx").toString());
            assertEquals(0, export.code(), export.err());

            RosterCliTest.Run imported = RosterCliTest.run("import", "members", "--db", db.toString(),
                    roster().toString());
            assertEquals(1, imported.code());
            assertEquals(List.of("Tệp dữ liệu " + db.toAbsolutePath() + " đang được một bản Sổ Chi Bộ khác sử dụng "
                    + "(một cửa sổ khác hoặc một lệnh đang chạy). Hãy đóng bản đó rồi thử lại."), imported.errLines());
            RosterCliTest.Run english = RosterCliTest.run("--lang", "en", "import", "members", "--db", db.toString(),
                    roster().toString());
            assertEquals(List.of("The data file " + db.toAbsolutePath() + " is in use by another copy of Sổ Chi Bộ "
                    + "(another window or a running command). Close that copy and try again."), english.errLines());
            assertEquals(1, window.members().count(), "nothing was imported");
        }
    }
}
