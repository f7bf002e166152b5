package vn.sochibo.export.study;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.SheetColumn;
import vn.sochibo.export.SheetModel;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.StudyEntry;
import vn.sochibo.model.study.StudySummary;

/**
 * One study session's attendance as a worksheet: every person on its roll with where they stand, the mark, the
 * reason, the make-up date and the reflection date, then the totals with the rate against the target.
 */
public final class StudySessionSheet {
    static final String NAME = "Điểm danh học tập";

    private StudySessionSheet() {
    }

    /** The worksheet of the session, always in Vietnamese (it goes to the ward). */
    public static SheetModel build(StudyHeading heading, StudySummary s) {
        List<SheetColumn> columns = List.of(SheetColumn.centre(5), SheetColumn.left(26), SheetColumn.left(18),
                SheetColumn.left(16), SheetColumn.left(24), SheetColumn.centre(13), SheetColumn.centre(14));
        List<String> header = List.of("STT", "Họ và tên", "Diện", "Điểm danh", "Lý do vắng", "Ngày học bù",
                s.session().reflectionRequired() ? "Ngày nộp bài thu hoạch" : "Bài thu hoạch");
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (StudyEntry e : s.entries()) {
            List<Object> row = new ArrayList<>(List.of(n++, e.fullName(), StudyTexts.category(e.category()),
                    StudyTexts.mark(e)));
            row.add(e.mark() == null ? "" : e.mark().reason());
            row.add(e.mark() == null ? null : e.mark().makeupDate());
            row.add(e.mark() == null || !s.session().reflectionRequired() ? null : e.mark().reflectionOn());
            rows.add(row);
        }
        rows.add(List.of());
        totals(s).forEach(rows::add);
        return new SheetModel(NAME, heading.lines("DANH SÁCH ĐẢNG VIÊN HỌC TẬP, QUÁN TRIỆT",
                StudyTexts.document(s.session()), List.of(StudyTexts.sessionLine(s.session()))), columns,
                List.of(header), rows, StudyHeading.BODY_POINTS, true);
    }

    private static List<List<Object>> totals(StudySummary s) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(total("Số đảng viên phải học", s.participation().expected()));
        rows.add(total("Có mặt", StudyMatrixSheet.present(s)));
        rows.add(total("Vắng đã học bù", StudyMatrixSheet.madeUp(s)));
        rows.add(total("Vắng có lý do, chưa học bù", absent(s, AttendanceStatus.ABSENT_EXCUSED)));
        rows.add(total("Vắng không lý do, chưa học bù", absent(s, AttendanceStatus.ABSENT_UNEXCUSED)));
        rows.add(total("Chưa điểm danh", (int) s.entries().stream()
                .filter(e -> e.expected() && e.mark() == null).count()));
        rows.add(total("Tỷ lệ hoàn thành (%)", StudyTexts.rate(s.participation())));
        rows.add(total("Chỉ tiêu (%)", s.participation().targetPercent()));
        rows.add(total("Đạt chỉ tiêu", StudyTexts.reached(s.participation())));
        if (s.session().reflectionRequired()) {
            rows.add(total("Còn nợ bài thu hoạch", StudySessionsSheet.reflectionsOwed(s)));
        }
        return rows;
    }

    private static List<Object> total(String label, Object value) {
        List<Object> row = new ArrayList<>();
        row.add("");
        row.add(label);
        row.add(value);
        return row;
    }

    private static int absent(StudySummary s, AttendanceStatus status) {
        return (int) s.entries().stream().filter(e -> e.expected() && !e.completed() && e.mark() != null
                && e.mark().status() == status).count();
    }
}
