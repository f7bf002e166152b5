package vn.sochibo.export.study;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.SheetColumn;
import vn.sochibo.export.SheetModel;
import vn.sochibo.model.study.StudyDebt;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.model.study.StudySummary;

/**
 * Sheet 2 of the year's study workbook: one line per session with the document, its level, who organised it, the
 * form and presenter, expected, present and made-up counts, the rate against the target, and the reflections owed.
 */
final class StudySessionsSheet {
    static final String NAME = "Theo buổi học";

    private StudySessionsSheet() {
    }

    static SheetModel build(StudyHeading heading, int year, List<StudySummary> sessions) {
        List<SheetColumn> columns = List.of(SheetColumn.centre(5), SheetColumn.centre(12), SheetColumn.left(13),
                SheetColumn.left(36), SheetColumn.left(14), SheetColumn.left(14), SheetColumn.left(11),
                SheetColumn.left(18), SheetColumn.centre(8), SheetColumn.centre(8), SheetColumn.centre(8),
                SheetColumn.centre(9), SheetColumn.centre(9), SheetColumn.centre(9), SheetColumn.centre(10));
        List<String> header = List.of("STT", "Ngày", "Số, ký hiệu", "Tên văn bản", "Cấp ban hành", "Đơn vị tổ chức",
                "Hình thức", "Người trình bày", "Phải học", "Có mặt", "Học bù", "Tỷ lệ (%)", "Chỉ tiêu (%)",
                "Đạt chỉ tiêu", "Còn nợ thu hoạch");
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (StudySummary s : sessions) {
            StudySession x = s.session();
            List<Object> row = new ArrayList<>(List.of(n++, x.date(), x.documentSymbol(), x.documentTitle(),
                    StudyTexts.level(x.level()), StudyTexts.organiser(x.organiser()), StudyTexts.form(x.form()),
                    x.presenter(), s.participation().expected(), StudyMatrixSheet.present(s),
                    StudyMatrixSheet.madeUp(s)));
            row.add(StudyTexts.rate(s.participation()));
            row.add(s.participation().targetPercent());
            row.add(StudyTexts.reached(s.participation()));
            row.add(x.reflectionRequired() ? (Object) reflectionsOwed(s) : "");
            rows.add(row);
        }
        return new SheetModel(NAME, heading.lines("TỔNG HỢP CÁC BUỔI HỌC TẬP, QUÁN TRIỆT NĂM " + year, "",
                List.of(StudyTexts.RATE_NOTE)), columns, List.of(header), rows, StudyHeading.BODY_POINTS, true);
    }

    /** Expected members who still owe the written reflection the session asks for. */
    static int reflectionsOwed(StudySummary s) {
        return (int) s.debts().stream().filter(StudyDebt::owesReflection).count();
    }
}
