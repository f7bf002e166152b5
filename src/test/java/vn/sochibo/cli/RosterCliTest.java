package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.export.RosterWorkbook;
import vn.sochibo.service.member.roster.RosterFixtures;

/** The import and export commands: exit codes, one clear line on stderr in either language, help. */
class RosterCliTest {
    @TempDir
    Path dir;

    /** What a command printed and returned. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path goodFile() {
        return new RosterWorkbook().sheet("Sheet1").row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng")
                .row(2, "Nguyễn Văn An", "Nam", "12/03/1950", "19/05/1975")
                .row(3, "Trần Thị Bích", "Nữ", "01/08/1962", "03/02/1990")
                .write(dir.resolve("tot.xlsx"));
    }

    private Path badFile() {
        return new RosterWorkbook().sheet("Sheet1").row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng")
                .row(2, "Nguyễn Văn An", "Nam", "12/03/1950", "19/05/1975")
                .row(3, "Trần Thị Bích", "Nữ", "1962", "03/02/1990")
                .write(dir.resolve("loi.xlsx"));
    }

    @Test
    void importMembers_cleanFile_writesEveryMemberAndExitsZero() {
        String db = dir.resolve("a.db").toString();
        Run r = run("import", "members", "--db", db, goodFile().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Trang «Sheet1»: 2 đảng viên, 0 lỗi, 0 lưu ý."), r.out());
        assertTrue(r.out().contains("Đã nhập 2 đảng viên vào"), r.out());
        assertEquals(2, run("members", "--db", db).out().lines().count());
    }

    @Test
    void importMembers_fileWithAnError_listsItExitsOneAndWritesNothing() {
        String db = dir.resolve("a.db").toString();
        Run r = run("import", "members", "--db", db, badFile().toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("Lỗi: Dòng 3, cột «Ngày sinh»: chỉ có năm (1962); sổ danh sách cần ngày đầy đủ "
                + "dd/mm/yyyy"), r.out());
        assertEquals(List.of("Không nhập: 1 lỗi, chưa ghi gì vào dữ liệu."), r.errLines());
        assertEquals("", run("members", "--db", db).out());
    }

    @Test
    void importMembers_inEnglish_saysSoInEnglish() {
        Run r = run("import", "members", "--lang", "en", "--db", dir.resolve("a.db").toString(), badFile().toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("Error: Row 3, column «Ngày sinh»: only a year (1962)"), r.out());
        assertEquals(List.of("Not imported: 1 error, nothing was written."), r.errLines());
    }

    @Test
    void importMembers_dryRun_writesNothingAndExitsZero() {
        String db = dir.resolve("a.db").toString();
        Run r = run("import", "members", "--db", db, "--dry-run", goodFile().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Chạy thử: có thể nhập 2 đảng viên; chưa ghi gì vào dữ liệu."), r.out());
        assertFalse(Files.exists(Path.of(db)), "a dry run leaves no file behind");
    }

    @Test
    void importMembers_notAWorkbook_oneLineWithoutStackTrace() throws Exception {
        Path text = Files.writeString(dir.resolve("ds.xlsx"), "not a workbook");
        Run vi = run("import", "members", "--db", dir.resolve("a.db").toString(), text.toString());
        assertEquals(1, vi.code());
        assertEquals(List.of("Tệp ds.xlsx không phải bảng tính Excel (.xlsx). Hãy mở tệp bằng Excel hoặc LibreOffice "
                + "rồi lưu lại dạng .xlsx."), vi.errLines());
        Run en = run("import", "members", "--lang", "en", "--db", dir.resolve("a.db").toString(), text.toString());
        assertEquals(List.of("The file ds.xlsx is not an Excel workbook (.xlsx). Open it in Excel or LibreOffice and "
                + "save it as .xlsx."), en.errLines());
        assertFalse(vi.err().contains("Exception") || vi.out().contains("Exception"));
    }

    @Test
    void importMembers_withoutFile_isAUsageErrorOnOneLine() {
        Run r = run("import", "members", "--db", dir.resolve("a.db").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("Thiếu tham số"), r.err());
    }

    @Test
    void exportRoster_writesTheFileAndPrintsItsPath() {
        String db = dir.resolve("a.db").toString();
        run("import", "members", "--db", db, goodFile().toString());
        Path out = dir.resolve("so-danh-sach.xlsx");
        Run r = run("export", "roster", "--db", db, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Đã xuất sổ danh sách (2 đảng viên) ra tệp " + out.toAbsolutePath(), r.out().strip());
        assertTrue(Files.isRegularFile(out));
        Run again = run("import", "members", "--db", dir.resolve("b.db").toString(), out.toString());
        assertEquals(0, again.code(), again.out());
    }

    @Test
    void exportRoster_intoMissingFolder_oneLineInEnglish() {
        RosterFixtures.open(dir.resolve("a.db")).close();
        Run r = run("export", "roster", "--lang", "en", "--db", dir.resolve("a.db").toString(), "--out",
                dir.resolve("no/such/folder/x.xlsx").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size());
        assertTrue(r.err().startsWith("Cannot write the file "), r.err());
    }

    @Test
    void exportRoster_withoutOut_isAUsageError() {
        Run r = run("export", "roster", "--db", dir.resolve("a.db").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size(), r.err());
    }

    @Test
    void help_ofEachCommand_describesItInTheChosenLanguage() {
        Run vi = run("import", "members", "--help");
        assertEquals(0, vi.code());
        assertTrue(vi.out().contains("Nhập đảng viên từ tệp Excel"), vi.out());
        assertTrue(vi.out().contains("--dry-run") && vi.out().contains("ROSTER.xlsx") && vi.out().contains("--db"));
        Run en = run("export", "roster", "--help", "--lang", "en");
        assertEquals(0, en.code());
        assertTrue(en.out().contains("Export the member register (Mẫu 7-HSĐV)"), en.out());
        assertTrue(en.out().contains("--out=FILE.xlsx"), en.out());
        assertTrue(run("import", "--help").out().contains("members"));
        assertTrue(run("export").out().contains("roster"));
    }
}
