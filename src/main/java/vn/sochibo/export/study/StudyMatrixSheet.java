package vn.sochibo.export.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.export.SheetColumn;
import vn.sochibo.export.SheetModel;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.StudyEntry;
import vn.sochibo.model.study.Participation;
import vn.sochibo.model.study.StudySummary;

/**
 * Sheet 1 of the year's study workbook: members (roster order) × the year's sessions with a code per cell, each
 * member's completed and expected sessions and rate, and per session the present, made-up and expected counts
 * with the rate against the target.
 */
final class StudyMatrixSheet {
    static final String NAME = "Theo dõi học tập";

    private StudyMatrixSheet() {
    }

    static SheetModel build(StudyHeading heading, int year, List<StudyMember> members, List<StudySummary> sessions) {
        List<SheetColumn> columns = new ArrayList<>(List.of(SheetColumn.centre(5), SheetColumn.left(26),
                SheetColumn.left(14)));
        List<String> header = new ArrayList<>(List.of("STT", "Họ và tên", "Tình trạng"));
        List<Map<Long, StudyEntry>> byMember = new ArrayList<>();
        for (StudySummary s : sessions) {
            columns.add(SheetColumn.centre(12));
            header.add(StudyTexts.column(s.session()));
            Map<Long, StudyEntry> m = new HashMap<>();
            s.entries().forEach(e -> m.put(e.memberId(), e));
            byMember.add(m);
        }
        columns.addAll(List.of(SheetColumn.centre(8), SheetColumn.centre(8), SheetColumn.centre(9)));
        header.addAll(List.of("Đã học", "Phải học", "Tỷ lệ (%)"));
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (StudyMember member : members) {
            if (byMember.stream().anyMatch(m -> m.containsKey(member.id()))) {
                rows.add(memberRow(n++, member, byMember));
            }
        }
        rows.addAll(sessionRows(sessions));
        String title = "BẢNG THEO DÕI ĐẢNG VIÊN HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT NĂM " + year;
        return new SheetModel(NAME, heading.lines(title, "", List.of(StudyTexts.LEGEND, StudyTexts.RATE_NOTE)),
                columns, List.of(header), rows, StudyHeading.BODY_POINTS, true);
    }

    private static List<Object> memberRow(int n, StudyMember member, List<Map<Long, StudyEntry>> byMember) {
        List<Object> row = new ArrayList<>(List.of(n, member.fullName(), member.status()));
        int expected = 0;
        int completed = 0;
        for (Map<Long, StudyEntry> m : byMember) {
            StudyEntry e = m.get(member.id());
            row.add(StudyTexts.code(e));
            if (e != null && e.expected()) {
                expected++;
                completed += e.completed() ? 1 : 0;
            }
        }
        row.add(completed);
        row.add(expected);
        row.add(StudyTexts.rate(new Participation(completed, expected, 0)));
        return row;
    }

    /** Present, made up, expected, rate, target and reached, one row each, under the session columns. */
    private static List<List<Object>> sessionRows(List<StudySummary> sessions) {
        String[] labels = {"Có mặt", "Học bù", "Phải học", "Tỷ lệ hoàn thành (%)", "Chỉ tiêu (%)", "Đạt chỉ tiêu"};
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            List<Object> row = new ArrayList<>(List.of("", labels[i], ""));
            for (StudySummary s : sessions) {
                row.add(sessionValue(i, s));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object sessionValue(int line, StudySummary s) {
        return switch (line) {
            case 0 -> present(s);
            case 1 -> madeUp(s);
            case 2 -> s.participation().expected();
            case 3 -> StudyTexts.rate(s.participation());
            case 4 -> s.participation().targetPercent();
            default -> StudyTexts.reached(s.participation());
        };
    }

    /** Expected members present at the session itself. */
    static int present(StudySummary s) {
        return (int) s.entries().stream().filter(StudyEntry::expected)
                .filter(e -> e.mark() != null && e.mark().status() == AttendanceStatus.PRESENT).count();
    }

    /** Expected members who missed the session and made it up. */
    static int madeUp(StudySummary s) {
        return (int) s.entries().stream().filter(StudyEntry::expected)
                .filter(e -> e.completed() && e.mark().status() != AttendanceStatus.PRESENT).count();
    }
}
