package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.cli.RosterCliTest.Run;
import vn.sochibo.service.Services;
import vn.sochibo.service.report.ReportFixtures;

/** {@code export report}: the month's report written as Word and numbered, and one clear line for a bad month. */
class ExportReportCliTest {
    @TempDir
    Path dir;

    private String database() {
        Path file = dir.resolve("r.db");
        try (Services s = Services.open(file, Clock.systemDefaultZone())) {
            ReportFixtures.write(s);
        }
        return file.toString();
    }

    @Test
    void exportReport_february_writesTheNumberedReportAndPrintsThePath() throws Exception {
        String db = database();
        Path out = dir.resolve("bao-cao.docx");
        Run r = RosterCliTest.run("export", "report", "--db", db, "--month", "2026-02", "--out", out.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("Đã xuất báo cáo số 01 tháng 02/2026 ra tệp " + out.toAbsolutePath(), r.out().strip());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
            List<String> body = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(body.contains("Tình hình hoạt động tháng 02 năm 2026"), body.toString());
            assertTrue(body.contains("- Thu đảng phí: … (chưa có số liệu)"), body.toString());
        }
    }

    @Test
    void exportReport_badMonth_namesTheOptionAndTheFormWithoutWriting() {
        String db = database();
        Path out = dir.resolve("x.docx");
        Run r = RosterCliTest.run("export", "report", "--db", db, "--month", "02/2026", "--out", out.toString());

        assertEquals(1, r.code());
        assertEquals(List.of("Tháng ở --month phải theo dạng YYYY-MM, nhận được \"02/2026\""), r.errLines());
        assertFalse(Files.exists(out));
    }

    @Test
    void help_exportReport_describesItselfInEnglish() {
        Run en = RosterCliTest.run("export", "report", "--help", "--lang", "en");
        assertTrue(en.out().contains("Export the monthly report to the ward Party committee"), en.out());
        assertTrue(en.out().contains("--month=YYYY-MM"), en.out());
    }
}
