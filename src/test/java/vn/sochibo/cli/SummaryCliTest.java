package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.service.Services;
import vn.sochibo.service.report.SummaryFixtures;
import vn.sochibo.testutil.TestUi;

/** The {@code export summary} command: the workbook, the message, exit codes for bad input. */
class SummaryCliTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void fill() {
        db = dir.resolve("s.db");
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            SummaryFixtures.write(s);
        }
    }

    @Test
    void exportSummary_quarter_writesTheWorkbookAndPrintsThePath() throws Exception {
        Path out = dir.resolve("tong-hop-q1.xlsx");
        RosterCliTest.Run r = RosterCliTest.run("export", "summary", "--db", db.toString(), "--year", "2026",
                "--quarter", "1", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Đã xuất bảng tổng hợp quý 1 năm 2026 ra tệp " + out.toAbsolutePath(), r.out().strip());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(5, wb.getNumberOfSheets());
            assertEquals("Tổng hợp", wb.getSheetName(0));
        }
    }

    @Test
    void exportSummary_year_writesTwelveMonthSheets() throws Exception {
        Path out = dir.resolve("tong-hop-2026.xlsx");
        RosterCliTest.Run r = RosterCliTest.run("export", "summary", "--db", db.toString(), "--year", "2026",
                "--out", out.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertEquals("Wrote the summary of 2026 to " + out.toAbsolutePath(), r.out().strip());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(14, wb.getNumberOfSheets());
        }
    }

    @Test
    void exportSummary_quarterFive_exitsOneWithOneLineNamingTheOption() {
        Path out = dir.resolve("x.xlsx");
        RosterCliTest.Run r = RosterCliTest.run("export", "summary", "--db", db.toString(), "--year", "2026",
                "--quarter", "5", "--out", out.toString());
        assertEquals(1, r.code());
        assertEquals("Quý ở --quarter phải là một số từ 1 đến 4, nhận được \"5\"", r.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void exportSummary_missingDatabase_exitsOneAndCreatesNoFile() {
        Path missing = dir.resolve("none.db");
        RosterCliTest.Run r = RosterCliTest.run("export", "summary", "--db", missing.toString(), "--year", "2026",
                "--out", dir.resolve("x.xlsx").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void exportSummary_help_describesTheCommandInVietnamese() {
        RosterCliTest.Run r = RosterCliTest.run("export", "summary", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Xuất bảng tổng hợp quý hoặc năm"), r.out());
        assertTrue(r.out().contains("--quarter"), r.out());
    }
}
