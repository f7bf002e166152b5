package vn.sochibo.export.report;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.doc.Align;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.Heading;
import vn.sochibo.export.doc.Paragraph;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.Run;
import vn.sochibo.export.doc.SignatureArea;
import vn.sochibo.export.doc.Title;
import vn.sochibo.export.meeting.DocTexts;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.report.MonthlyReport;
import vn.sochibo.model.report.ReportSection;

/**
 * The monthly report to the ward (báo cáo tháng, rules.md §4.7) in the layout of the minutes: header with
 * "Số NN-BC/CB", "BÁO CÁO" and its subject, the addressee, sections I–VII (members with a table, meetings, tasks,
 * party building with study and dues, ideology, direction, proposals), "Nơi nhận" and "T/M CHI BỘ / BÍ THƯ".
 */
public final class MonthlyReportDocument {
    /** The dues line until the dues work fills it. */
    static final String DUES_PENDING = "- Thu đảng phí: … (chưa có số liệu)";

    private MonthlyReportDocument() {
    }

    /** The report of {@code r}, numbered with {@code numberLine} ("Số 03-BC/CB", or "" before its first export). */
    public static PartyDocument build(BranchProfile b, MonthlyReport r, String numberLine, String placeDate,
                                      String secretaryName) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title("BÁO CÁO", List.of("Tình hình hoạt động tháng " + DocTexts.month(r.month()
                .getMonthValue()) + " năm " + r.month().getYear())));
        blocks.add(new Paragraph(List.of(Run.plain(ReportTexts.addressee(b.superiorName()))), Align.CENTRE, 0,
                false));
        blocks.add(new Heading("I. TÌNH HÌNH ĐẢNG VIÊN"));
        blocks.add(Paragraph.text(membersLine(r)));
        blocks.add(MembersTable.of(r.counts(), r.movements()));
        blocks.add(new Heading("II. SINH HOẠT CHI BỘ"));
        blocks.addAll(ReportParts.meetings(r));
        blocks.add(new Heading("III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"));
        blocks.addAll(ReportParts.tasks(r));
        blocks.add(new Heading("IV. CÔNG TÁC XÂY DỰNG ĐẢNG"));
        blocks.addAll(ReportParts.studies(r));
        blocks.add(Paragraph.line(1, Run.plain(DUES_PENDING)));
        blocks.add(new Heading("V. TÌNH HÌNH TƯ TƯỞNG, DƯ LUẬN"));
        blocks.addAll(ReportParts.note(r.note(ReportSection.IDEOLOGY)));
        blocks.add(new Heading("VI. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG TỚI"));
        blocks.addAll(ReportParts.note(r.note(ReportSection.DIRECTION)));
        blocks.add(new Heading("VII. KIẾN NGHỊ, ĐỀ XUẤT"));
        blocks.addAll(ReportParts.note(r.note(ReportSection.PROPOSALS)));
        SignatureArea sign = new SignatureArea(ReportTexts.recipients(), true, ReportTexts.onBehalf(secretaryName));
        return new PartyDocument(DocTexts.margins(b), DocTexts.header(b, false, numberLine, placeDate), blocks, sign);
    }

    private static String membersLine(MonthlyReport r) {
        StatusCounts c = r.counts();
        return "Đến ngày " + DocTexts.shortDate(c.date()) + ", chi bộ có " + c.total() + " đảng viên (chính thức "
                + c.official() + ", dự bị " + c.probationary() + "); được miễn công tác và sinh hoạt đảng "
                + c.exempted() + "; sinh hoạt tạm thời nơi khác " + c.temporarilyOut()
                + "; đảng viên nơi khác đến sinh hoạt tạm thời " + c.attached() + ".";
    }
}
