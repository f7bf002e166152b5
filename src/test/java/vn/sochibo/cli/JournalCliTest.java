package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.service.Services;
import vn.sochibo.service.journal.JournalDetails;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.service.member.roster.RosterFixtures;

/** {@code journal}: TSV on stdout, a period, an Excel file, and one clear line for mistakes in either language. */
class JournalCliTest {
    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void journal() {
        db = dir.resolve("a.db").toString();
        try (Services services = Services.open(Path.of(db), RosterFixtures.CLOCK)) {
            services.branch().save(RosterFixtures.branch());
            line(services, "2026-10-02T08:15", JournalAction.EVENT_ADDED, "Nguyễn Văn An",
                    "member.event.DECEASED|2026-10-01");
            line(services, "2026-11-20T21:05", JournalAction.ROSTER_IMPORTED, "ds.xlsx",
                    JournalDetails.of("journal.details.imported", 1200));
        }
    }

    private static void line(Services s, String at, JournalAction action, String subject, String details) {
        Clock clock = Clock.fixed(LocalDateTime.parse(at).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        new JournalService(s.database(), clock, "bithu").record(action, subject, details);
    }

    @Test
    void journal_noOptions_printsEveryLineAsTsv() {
        RosterCliTest.Run r = RosterCliTest.run("journal", "--db", db);
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("02/10/2026 08:15\tbithu\tThêm sự kiện sinh hoạt đảng\tNguyễn Văn An\tTừ trần, 01/10/2026",
                "20/11/2026 21:05\tbithu\tNhập danh sách từ Excel\tds.xlsx\t1200 đảng viên"), r.out().lines().toList());
    }

    @Test
    void journal_periodInEnglish_printsOnlyThatPeriodInEnglish() {
        RosterCliTest.Run r = RosterCliTest.run("--lang", "en", "journal", "--db", db, "--from", "2026-11-01",
                "--to", "2026-11-20");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("20/11/2026 21:05\tbithu\tRoster imported from Excel\tds.xlsx\tmembers: 1200"),
                r.out().lines().toList());
    }

    @Test
    void journal_out_writesAnA4LandscapeWorkbookInTimesNewRoman() throws Exception {
        Path out = dir.resolve("nhat-ky.xlsx");
        RosterCliTest.Run r = RosterCliTest.run("journal", "--db", db, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Đã xuất 2 dòng nhật ký ra tệp " + out.toAbsolutePath(), r.out().strip());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Nhật ký", sheet.getSheetName());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertEquals("Times New Roman", book.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex())
                    .getFontName());
            assertEquals("NHẬT KÝ THAY ĐỔI DỮ LIỆU", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Nguyễn Văn An", sheet.getRow(5).getCell(3).getStringCellValue());
            assertEquals("1200 đảng viên", sheet.getRow(6).getCell(4).getStringCellValue());
        }
    }

    @Test
    void journal_badDate_exitsOneWithOneLineInEitherLanguage() {
        RosterCliTest.Run vi = RosterCliTest.run("journal", "--db", db, "--from", "1/11/2026");
        assertEquals(1, vi.code());
        assertEquals(List.of("Ngày ở --from phải theo dạng YYYY-MM-DD, nhận được \"1/11/2026\""), vi.errLines());
        RosterCliTest.Run en = RosterCliTest.run("journal", "--lang", "en", "--db", db, "--from", "2026-11-02",
                "--to", "2026-11-01");
        assertEquals(1, en.code());
        assertEquals(List.of("The start date (02/11/2026) is after the end date (01/11/2026); please choose the "
                + "period again."), en.errLines());
    }

    @Test
    void journal_missingDatabase_exitsOneAndCreatesNothing() {
        Path missing = dir.resolve("khong-co.db");
        RosterCliTest.Run r = RosterCliTest.run("journal", "--db", missing.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size());
        assertTrue(Files.notExists(missing));
    }
}
