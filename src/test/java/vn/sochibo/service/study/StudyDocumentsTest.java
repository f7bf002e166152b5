package vn.sochibo.service.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.export.doc.Heading;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.TableBlock;
import vn.sochibo.export.doc.Title;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.DocumentSummary;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.RollFixtures;
import vn.sochibo.service.study.StudyWorkbookReader.ReadSheet;
import vn.sochibo.testutil.TestUi;

/**
 * The study documents for the ward read back with POI: An, Bình and Dũng expected, Cường exempted; 18-NQ/TW studied
 * twice (10/03 with a reflection asked: An present and reflected, Bình excused and made up on 20/03, Dũng absent
 * without reason; 01/09 Dũng present) and 19-NQ/TW on 02/06 with everyone present.
 */
class StudyDocumentsTest {
    @TempDir
    Path dir;
    private Services services;
    private RollFixtures f;
    private long march;
    private long june;

    @BeforeEach
    void fill() {
        services = Services.open(dir.resolve("s.db"), TestUi.fixedClock());
        f = RollFixtures.write(services);
        services.branch().save(new BranchProfile("Đảng bộ phường Bến Thành", "Chi bộ khu phố 3", "Phường Bến Thành",
                null, null, List.of(), null, null, "", null));
        StudyService study = services.study();
        march = study.create(session("18-NQ/TW", "2026-03-10", true)).id();
        study.mark(march, f.an, AttendanceStatus.PRESENT, "");
        study.reflection(march, f.an, d("2026-03-15"));
        study.mark(march, f.binh, AttendanceStatus.ABSENT_EXCUSED, "Ốm");
        study.makeUp(march, f.binh, d("2026-03-20"));
        study.mark(march, f.dung, AttendanceStatus.ABSENT_UNEXCUSED, "");
        june = study.create(session("19-NQ/TW", "2026-06-02", false)).id();
        for (long id : new long[] {f.an, f.binh, f.dung}) {
            study.mark(june, id, AttendanceStatus.PRESENT, "");
        }
        long september = study.create(session("18-NQ/TW", "2026-09-01", true)).id();
        study.mark(september, f.dung, AttendanceStatus.PRESENT, "");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static StudySession session(String symbol, String date, boolean reflection) {
        return new StudySession(0, symbol, "Nghị quyết Hội nghị Trung ương", IssuingLevel.TRUNG_UONG,
                Organiser.WARD, d(date), "Hội trường phường", StudyForm.DIRECT, "Đồng chí Bí thư", reflection);
    }

    private List<ReadSheet> year() throws Exception {
        Path file = dir.resolve("nam.xlsx");
        services.studyDocuments().writeYear(2026, file);
        return StudyWorkbookReader.read(file);
    }

    @Test
    void writeYear_threeLandscapeSheetsWithTheBranchAndTheYearInTheTitle() throws Exception {
        List<ReadSheet> sheets = year();
        assertEquals(List.of("Theo dõi học tập", "Theo buổi học", "Theo văn bản"),
                sheets.stream().map(ReadSheet::name).toList());
        ReadSheet matrix = sheets.get(0);
        assertTrue(matrix.landscape());
        assertEquals("ĐẢNG BỘ PHƯỜNG BẾN THÀNH", matrix.rows().get(0).get(0));
        assertEquals("CHI BỘ KHU PHỐ 3", matrix.rows().get(1).get(0));
        assertTrue(matrix.rows().stream().anyMatch(r -> !r.isEmpty()
                && r.get(0).equals("BẢNG THEO DÕI ĐẢNG VIÊN HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT NĂM 2026")));
    }

    @Test
    void writeYear_matrix_codesPerMemberAndSessionWithCompletionRates() throws Exception {
        ReadSheet matrix = year().get(0);
        assertEquals(List.of("STT", "Họ và tên", "Tình trạng", "10/03\n18-NQ/TW", "02/06\n19-NQ/TW",
                "01/09\n18-NQ/TW", "Đã học", "Phải học", "Tỷ lệ (%)"), matrix.row(0, "STT"));
        assertEquals(List.of("Nguyễn Văn An", "Chính thức", "x", "x", "", "2.0", "3.0", "66.7"),
                matrix.row(1, "Nguyễn Văn An").subList(1, 9));
        assertEquals(List.of("B", "x", ""), matrix.row(1, "Trần Thị Bình").subList(3, 6));
        assertEquals(List.of("-", "-", "-", "0.0", "0.0", ""), matrix.row(1, "Lê Văn Cường").subList(3, 9));
        assertEquals(List.of("K", "x", "x", "2.0", "3.0", "66.7"), matrix.row(1, "Phạm Văn Dũng").subList(3, 9));
    }

    @Test
    void writeYear_matrix_sessionRowsMatchTheServiceSummaries() throws Exception {
        ReadSheet matrix = year().get(0);
        StudySummary s = services.study().summary(march);
        assertEquals(List.of("1.0", "3.0", "1.0"), matrix.row(1, "Có mặt").subList(3, 6));
        assertEquals(List.of("1.0", "0.0", "0.0"), matrix.row(1, "Học bù").subList(3, 6));
        assertEquals(String.valueOf((double) s.participation().expected()), matrix.row(1, "Phải học").get(3));
        assertEquals(List.of(s.participation().rateText(), "100.0", "33.3"),
                matrix.row(1, "Tỷ lệ hoàn thành (%)").subList(3, 6));
        assertEquals("95.0", matrix.row(1, "Chỉ tiêu (%)").get(3));
        assertEquals(List.of("Chưa đạt", "Đạt", "Chưa đạt"), matrix.row(1, "Đạt chỉ tiêu").subList(3, 6));
    }

    @Test
    void writeYear_sessionsSheet_oneLinePerSessionWithReflectionsOwed() throws Exception {
        ReadSheet sessions = year().get(1);
        List<String> first = sessions.row(0, "1.0");
        assertEquals(List.of("2026-03-10", "18-NQ/TW", "Nghị quyết Hội nghị Trung ương", "Trung ương",
                "Đảng ủy phường", "Trực tiếp", "Đồng chí Bí thư", "3.0", "1.0", "1.0", "66.7", "95.0", "Chưa đạt",
                "2.0"), first.subList(1, 15));
        List<String> second = sessions.row(0, "2.0");
        assertEquals(List.of("100.0", "95.0", "Đạt", ""), second.subList(11, 15));
    }

    @Test
    void writeYear_documentsSheet_documentOverItsSessionsLikeTheService() throws Exception {
        ReadSheet documents = year().get(2);
        DocumentSummary d = services.study().byDocument("18-NQ/TW");
        List<String> row = documents.row(1, "18-NQ/TW");
        assertEquals(List.of("2.0", String.valueOf((double) d.participation().completed()),
                String.valueOf((double) d.participation().expected()), d.participation().rateText(), "95.0", "Đạt",
                "", "Trần Thị Bình, Phạm Văn Dũng"), row.subList(3, 11));
    }

    @Test
    void writeYear_yearWithoutSessions_stillWritesTheThreeSheetsWithoutMembers() throws Exception {
        Path file = dir.resolve("trong.xlsx");
        services.studyDocuments().writeYear(2020, file);
        List<ReadSheet> sheets = StudyWorkbookReader.read(file);
        assertEquals(3, sheets.size());
        assertTrue(sheets.get(0).rows().stream().noneMatch(r -> r.contains("Nguyễn Văn An")));
        assertEquals("Phải học", sheets.get(0).row(1, "Phải học").get(1));
    }

    @Test
    void writeSession_linesWithMarksMakeUpsReflectionsAndTotals() throws Exception {
        Path file = dir.resolve("buoi.xlsx");
        services.studyDocuments().writeSession(march, file);
        ReadSheet sheet = StudyWorkbookReader.read(file).get(0);
        assertEquals(List.of("Nguyễn Văn An", "Phải học", "Có mặt", "", "", "2026-03-15"),
                sheet.row(1, "Nguyễn Văn An").subList(1, 7));
        assertEquals(List.of("Vắng có lý do", "Ốm", "2026-03-20", ""), sheet.row(1, "Trần Thị Bình").subList(3, 7));
        assertEquals("Miễn sinh hoạt", sheet.row(1, "Lê Văn Cường").get(2));
        assertEquals("3.0", sheet.row(1, "Số đảng viên phải học").get(2));
        assertEquals("1.0", sheet.row(1, "Vắng đã học bù").get(2));
        assertEquals("1.0", sheet.row(1, "Vắng không lý do, chưa học bù").get(2));
        assertEquals("66.7", sheet.row(1, "Tỷ lệ hoàn thành (%)").get(2));
        assertEquals("2.0", sheet.row(1, "Còn nợ bài thu hoạch").get(2));
    }

    @Test
    void attendanceList_headerTitleExpectedMembersThenExemptedApart() {
        PartyDocument doc = services.studyDocuments().attendanceList(march);
        assertEquals("CHI BỘ KHU PHỐ 3", doc.header().issuerLine());
        assertEquals("Phường Bến Thành, ngày 10 tháng 3 năm 2026", doc.header().placeDateLine());
        Title title = (Title) doc.blocks().get(0);
        assertEquals("DANH SÁCH ĐẢNG VIÊN THAM GIA HỌC TẬP, QUÁN TRIỆT", title.documentType());
        assertEquals("18-NQ/TW – Nghị quyết Hội nghị Trung ương", title.subjectLines().get(0));
        TableBlock expected = (TableBlock) doc.blocks().get(1);
        assertEquals(List.of("STT", "Họ và tên", "Ký tên", "Ghi chú"), expected.header());
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình", "Phạm Văn Dũng"),
                expected.rows().stream().map(r -> r.get(1)).toList());
        assertTrue(((Heading) doc.blocks().get(2)).text().contains("không phải học"));
        TableBlock apart = (TableBlock) doc.blocks().get(3);
        assertEquals(List.of("1", "Lê Văn Cường", "", "Miễn sinh hoạt"), apart.rows().get(0));
    }

    @Test
    void writeAttendanceList_wordFileReadBackHasTheTitleAndEveryName() throws Exception {
        Path file = dir.resolve("ds.docx");
        services.studyDocuments().writeAttendanceList(june, file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(text.contains("DANH SÁCH ĐẢNG VIÊN THAM GIA HỌC TẬP, QUÁN TRIỆT"), text);
            String tables = String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());
            for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Phạm Văn Dũng", "Lê Văn Cường",
                    "NGƯỜI LẬP DANH SÁCH", "T/M CHI BỘ")) {
                assertTrue(tables.contains(name) || text.contains(name), name);
            }
        }
    }
}
