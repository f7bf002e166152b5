package vn.sochibo.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.sochibo.export.doc.DocxReading;
import vn.sochibo.export.meeting.MinutesFixtures;
import vn.sochibo.model.meeting.MeetingGrade;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.report.MeetingLine;
import vn.sochibo.model.report.MemberMovements;
import vn.sochibo.model.report.MonthlyReport;
import vn.sochibo.model.report.Movement;
import vn.sochibo.model.report.ReportSection;
import vn.sochibo.model.report.StudyLine;
import vn.sochibo.model.report.TaskLine;
import vn.sochibo.model.report.TaskState;
import vn.sochibo.model.study.Participation;

/** The monthly report as Word reads it back: header, title, sections, members table, dues line, signature. */
class MonthlyReportDocumentTest {
    private static final LocalDate END = LocalDate.of(2026, 2, 28);

    private static MonthlyReport report(Map<ReportSection, String> notes) {
        return new MonthlyReport(YearMonth.of(2026, 2), new StatusCounts(END, 22, 18, 4, 2, 1, 0, 1),
                new MemberMovements(Map.of(Movement.ADMITTED, List.of("Hoàng Văn Em"), Movement.DECEASED,
                        List.of("Lê Văn Cường"))),
                List.of(new MeetingLine(MeetingType.REGULAR, LocalDate.of(2026, 2, 5), 20, 21, 1, 0,
                        MeetingGrade.GOOD, List.of("Tổng vệ sinh môi trường"))),
                List.of(new TaskLine("Vận động quỹ khuyến học", END.minusDays(8), TaskState.OVERDUE)),
                List.of(new StudyLine(LocalDate.of(2026, 2, 12), "18-NQ/TW", "Nghị quyết Hội nghị Trung ương 6",
                        new Participation(19, 21, 95))), notes);
    }

    private static XWPFDocument doc(Map<ReportSection, String> notes) {
        return DocxReading.roundTrip(MonthlyReportDocument.build(MinutesFixtures.branch(), report(notes),
                "Số 03-BC/CB", "Phường Hòa Bình, ngày 02 tháng 3 năm 2026", "Nguyễn Văn An"));
    }

    @Test
    void build_header_branchNumberAndDate() {
        XWPFTable header = doc(Map.of()).getTables().get(0);
        List<String> left = DocxReading.cell(header, 0, 0);
        assertEquals("ĐẢNG BỘ PHƯỜNG HÒA BÌNH", left.get(0));
        assertEquals("CHI BỘ KHU PHỐ 3", left.get(1));
        assertEquals("Số 03-BC/CB", left.get(3));
        assertTrue(DocxReading.cell(header, 0, 1).contains("Phường Hòa Bình, ngày 02 tháng 3 năm 2026"));
    }

    @Test
    void build_titleAddresseeAndSectionsInOrder() {
        XWPFDocument d = doc(Map.of());
        List<String> body = DocxReading.body(d);
        DocxReading.paragraph(d, "BÁO CÁO");
        DocxReading.paragraph(d, "Tình hình hoạt động tháng 02 năm 2026");
        DocxReading.paragraph(d, "Kính gửi: Đảng ủy phường Hòa Bình");
        List<String> headings = List.of("I. TÌNH HÌNH ĐẢNG VIÊN", "II. SINH HOẠT CHI BỘ",
                "III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "IV. CÔNG TÁC XÂY DỰNG ĐẢNG", "V. TÌNH HÌNH TƯ TƯỞNG, DƯ LUẬN",
                "VI. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG TỚI", "VII. KIẾN NGHỊ, ĐỀ XUẤT");
        assertEquals(headings, body.stream().filter(headings::contains).toList());
    }

    @Test
    void build_figures_membersTableMeetingTaskStudyAndDuesLines() {
        XWPFDocument d = doc(Map.of());
        XWPFTable members = d.getTables().get(1);
        assertEquals(List.of("Tổng số đảng viên cuối tháng"), DocxReading.cell(members, 1, 0));
        assertEquals(List.of("22"), DocxReading.cell(members, 1, 1));
        assertEquals(List.of("Hoàng Văn Em"), DocxReading.cell(members, 7, 2));
        assertEquals(List.of("Giảm: từ trần"), DocxReading.cell(members, 10, 0));
        assertEquals(List.of("1"), DocxReading.cell(members, 10, 1));
        DocxReading.paragraph(d, "- Ngày 05/02/2026, sinh hoạt định kỳ: có mặt 20/21 đồng chí (95,2%); vắng có lý do "
                + "1, vắng không có lý do 0; xếp loại: Tốt.");
        DocxReading.paragraph(d, "+ Tổng vệ sinh môi trường");
        DocxReading.paragraph(d, "+ Vận động quỹ khuyến học (hạn 20/02/2026): quá hạn, chưa hoàn thành.");
        DocxReading.paragraph(d, "- Ngày 12/02/2026, học tập, quán triệt văn bản 18-NQ/TW Nghị quyết Hội nghị Trung "
                + "ương 6: đã học 19/21 đồng chí (90,5%), chưa đạt chỉ tiêu 95%.");
        DocxReading.paragraph(d, "- Thu đảng phí: … (chưa có số liệu)");
    }

    @Test
    void build_freeTexts_underTheirSectionsOrAnEllipsisWhenEmpty() {
        List<String> body = DocxReading.body(doc(Map.of(ReportSection.IDEOLOGY, "Đảng viên phấn khởi.\nNhân dân "
                + "đồng tình.", ReportSection.PROPOSALS, "Đề nghị phường hỗ trợ kinh phí.")));
        int v = body.indexOf("V. TÌNH HÌNH TƯ TƯỞNG, DƯ LUẬN");
        assertEquals(List.of("Đảng viên phấn khởi.", "Nhân dân đồng tình.", "VI. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG TỚI",
                "…", "VII. KIẾN NGHỊ, ĐỀ XUẤT", "Đề nghị phường hỗ trợ kinh phí."), body.subList(v + 1, v + 7));
    }

    @Test
    void build_signature_recipientsLeftSecretaryRight() {
        XWPFTable sign = DocxReading.last(doc(Map.of()));
        List<String> left = DocxReading.cell(sign, 0, 0);
        List<String> right = DocxReading.cell(sign, 0, 1);
        assertEquals(List.of("Nơi nhận:", "- Đảng ủy phường (để b/c);", "- Lưu chi bộ."), left);
        assertEquals("T/M CHI BỘ", right.get(0));
        assertEquals("BÍ THƯ", right.get(1));
        assertEquals("Nguyễn Văn An", right.get(right.size() - 1));
    }
}
