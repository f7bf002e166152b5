package vn.sochibo.export.report;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.report.summary.MeetingTally;
import vn.sochibo.model.report.summary.MovementKind;
import vn.sochibo.model.report.summary.StudyTally;
import vn.sochibo.model.report.summary.SummaryFigures;
import vn.sochibo.model.report.summary.Tally;
import vn.sochibo.model.report.summary.UnexcusedTally;

/**
 * The fixed rows of the "Tổng hợp" sheet: the same codes, names and units in the same order for every branch and
 * period, so that a ward clerk can add the value column up across the branches' files.
 */
public final class SummaryLines {
    private static final String PEOPLE = "Người";
    private static final String TIMES = "Lượt";
    private static final String SITTINGS = "Buổi";

    private SummaryLines() {
    }

    /** Every row, in order. */
    public static List<SummaryLine> of(SummaryFigures f) {
        List<SummaryLine> out = new ArrayList<>();
        counts(out, "1", "Đảng viên đầu kỳ", f.start());
        movements(out, f);
        counts(out, "3", "Đảng viên cuối kỳ", f.end());
        meetings(out, f.meetings());
        attendance(out, f.attendance());
        unexcused(out, f.unexcused());
        study(out, f.study());
        return out;
    }

    private static void counts(List<SummaryLine> out, String code, String label, StatusCounts c) {
        out.add(SummaryLine.group(code, label));
        out.add(SummaryLine.count(code + ".1", "Tổng số đảng viên", PEOPLE, c.total()));
        out.add(SummaryLine.count(code + ".2", "Đảng viên chính thức", PEOPLE, c.official()));
        out.add(SummaryLine.count(code + ".3", "Đảng viên dự bị", PEOPLE, c.probationary()));
        out.add(SummaryLine.count(code + ".4", "Được miễn công tác và sinh hoạt đảng", PEOPLE, c.exempted()));
        out.add(SummaryLine.count(code + ".5", "Chuyển sinh hoạt tạm thời đi nơi khác", PEOPLE, c.temporarilyOut()));
        out.add(SummaryLine.count(code + ".6", "Đang bị đình chỉ sinh hoạt đảng", PEOPLE, c.suspended()));
        out.add(SummaryLine.count(code + ".7", "Đến sinh hoạt tạm thời (không tính vào tổng số)", PEOPLE,
                c.attached()));
    }

    private static void movements(List<SummaryLine> out, SummaryFigures f) {
        out.add(SummaryLine.group("2", "Biến động đảng viên trong kỳ"));
        int n = 1;
        for (MovementKind kind : MovementKind.values()) {
            out.add(SummaryLine.count("2." + n++, SummaryTexts.movement(kind), PEOPLE, f.count(kind)));
        }
    }

    private static void meetings(List<SummaryLine> out, List<MeetingTally> tallies) {
        out.add(SummaryLine.group("4", "Sinh hoạt chi bộ và họp chi ủy"));
        int n = 1;
        for (MeetingTally t : tallies) {
            String name = SummaryTexts.meetingType(t.type());
            out.add(SummaryLine.count("4." + n++, name + ": số buổi theo kế hoạch", SITTINGS, t.planned()));
            out.add(SummaryLine.count("4." + n++, name + ": số buổi đã tổ chức", SITTINGS, t.held()));
            out.add(SummaryLine.count("4." + n++, name + ": số buổi đã thông qua biên bản", SITTINGS, t.adopted()));
        }
    }

    private static void attendance(List<SummaryLine> out, Tally t) {
        out.add(SummaryLine.group("5", "Đảng viên dự sinh hoạt chi bộ (định kỳ, chuyên đề, bất thường)"));
        out.add(SummaryLine.count("5.1", "Số lượt đảng viên phải dự", TIMES, t.expected()));
        out.add(SummaryLine.count("5.2", "Số lượt có mặt", TIMES, t.present()));
        out.add(SummaryLine.count("5.3", "Số lượt vắng mặt có lý do", TIMES, t.excused()));
        out.add(SummaryLine.count("5.4", "Số lượt vắng mặt không có lý do", TIMES, t.unexcused()));
        out.add(SummaryLine.count("5.5", "Số lượt chưa điểm danh", TIMES, t.unmarked()));
        out.add(SummaryLine.rate("5.6", "Tỷ lệ có mặt (có mặt / phải dự)", t.rate()));
        out.add(SummaryLine.rate("5.7", "Tỷ lệ dự sinh hoạt tính chấm điểm (không tính vắng có lý do)",
                t.gradingRate()));
    }

    private static void unexcused(List<SummaryLine> out, UnexcusedTally u) {
        out.add(SummaryLine.group("6", "Đảng viên vắng sinh hoạt định kỳ không có lý do trong kỳ"));
        out.add(SummaryLine.count("6.1", "Vắng 1 lần", PEOPLE, u.once()));
        out.add(SummaryLine.count("6.2", "Vắng 2 lần", PEOPLE, u.twice()));
        out.add(SummaryLine.count("6.3", "Vắng từ 3 lần trở lên", PEOPLE, u.threeOrMore()));
    }

    private static void study(List<SummaryLine> out, StudyTally s) {
        out.add(SummaryLine.group("7", "Học tập, quán triệt nghị quyết"));
        out.add(SummaryLine.count("7.1", "Số buổi học tập, quán triệt", SITTINGS, s.sessions()));
        out.add(SummaryLine.count("7.2", "Số lượt đảng viên phải học", TIMES, s.expected()));
        out.add(SummaryLine.count("7.3", "Số lượt đã học (kể cả học bù)", TIMES, s.completed()));
        out.add(SummaryLine.count("7.4", "Trong đó: số lượt học bù", TIMES, s.madeUp()));
        out.add(SummaryLine.rate("7.5", "Tỷ lệ tham gia học tập", s.rate()));
        out.add(SummaryLine.rate("7.6", "Chỉ tiêu tỷ lệ tham gia", s.target()));
        out.add(SummaryLine.count("7.7", "Số buổi đạt chỉ tiêu", SITTINGS, s.sessionsOnTarget()));
        out.add(SummaryLine.count("7.8", "Số lượt còn phải học bù", TIMES, s.attendanceOwed()));
        out.add(SummaryLine.count("7.9", "Số bài thu hoạch còn nợ", "Bài", s.reflectionsOwed()));
    }
}
