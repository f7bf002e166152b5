package vn.sochibo.export.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.sochibo.export.SheetColumn;
import vn.sochibo.export.SheetModel;
import vn.sochibo.model.study.DocumentSummary;
import vn.sochibo.model.study.StudyDebt;
import vn.sochibo.model.study.StudyRules;
import vn.sochibo.model.study.StudySummary;

/**
 * Sheet 3 of the year's study workbook: each document over its sessions of the year (a member completes it by
 * completing any of them), with the rate against the target and who still owes attendance or a reflection.
 */
final class StudyDocumentsSheet {
    static final String NAME = "Theo văn bản";

    private StudyDocumentsSheet() {
    }

    static SheetModel build(StudyHeading heading, int year, List<StudySummary> sessions) {
        List<SheetColumn> columns = List.of(SheetColumn.centre(5), SheetColumn.left(13), SheetColumn.left(36),
                SheetColumn.centre(7), SheetColumn.centre(9), SheetColumn.centre(8), SheetColumn.centre(9),
                SheetColumn.centre(9), SheetColumn.centre(9), SheetColumn.left(30), SheetColumn.left(30));
        List<String> header = List.of("STT", "Số, ký hiệu", "Tên văn bản", "Số buổi", "Hoàn thành", "Phải học",
                "Tỷ lệ (%)", "Chỉ tiêu (%)", "Đạt chỉ tiêu", "Chưa học (chưa học bù)", "Chưa nộp bài thu hoạch");
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (DocumentSummary d : documents(sessions)) {
            List<Object> row = new ArrayList<>(List.of(n++, d.documentSymbol(),
                    d.sessions().get(0).session().documentTitle(), d.sessions().size(), d.participation().completed(),
                    d.participation().expected()));
            row.add(StudyTexts.rate(d.participation()));
            row.add(d.participation().targetPercent());
            row.add(StudyTexts.reached(d.participation()));
            row.add(names(d.debts(), true));
            row.add(names(d.debts(), false));
            rows.add(row);
        }
        return new SheetModel(NAME, heading.lines("TỔNG HỢP HỌC TẬP, QUÁN TRIỆT THEO VĂN BẢN NĂM " + year, "",
                List.of("Một văn bản có thể học ở nhiều buổi; đảng viên học ở bất kỳ buổi nào (kể cả học bù) "
                        + "là đã hoàn thành.")), columns, List.of(header), rows, StudyHeading.BODY_POINTS, true);
    }

    /** The year's documents in the order first studied, each over its sessions of the year. */
    static List<DocumentSummary> documents(List<StudySummary> sessions) {
        Map<String, List<StudySummary>> bySymbol = new LinkedHashMap<>();
        sessions.forEach(s -> bySymbol.computeIfAbsent(s.session().documentSymbol(), k -> new ArrayList<>()).add(s));
        List<DocumentSummary> out = new ArrayList<>();
        bySymbol.forEach((symbol, list) -> out.add(StudyRules.document(symbol, list)));
        return out;
    }

    private static String names(List<StudyDebt> debts, boolean attendance) {
        return debts.stream().filter(d -> attendance ? d.owesAttendance() : d.owesReflection())
                .map(StudyDebt::fullName).collect(Collectors.joining(", "));
    }
}
