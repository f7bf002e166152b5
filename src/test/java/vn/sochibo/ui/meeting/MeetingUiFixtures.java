package vn.sochibo.ui.meeting;

import java.time.LocalDate;
import java.util.List;
import vn.sochibo.model.meeting.AttendanceMark;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.Guest;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.model.member.Grade;
import vn.sochibo.model.member.Membership;
import vn.sochibo.model.member.StatusOnDate;

/** Hand-made rolls for view-model tests (the roll service belongs to another part). */
final class MeetingUiFixtures {
    private MeetingUiFixtures() {
    }

    static RollEntry entry(long id, String name, AttendanceStatus status, LocalDate day) {
        StatusOnDate s = new StatusOnDate(day, Membership.MEMBER, Grade.OFFICIAL, null, false, false, null);
        return new RollEntry(id, name, s, RollCategory.EXPECTED, new AttendanceMark(1, id, status, "", ""));
    }

    /** Two present, one absent, one guest; 7 official members present over a denominator of 10. */
    static Roll roll(LocalDate day) {
        RollSummary summary = new RollSummary(12, 10, 2, 0, 0, 0, 0, 12, 8, 7, 1, 0, List.of(), List.of(), 0, 10);
        return new Roll(List.of(entry(1, "Nguyễn Văn An", AttendanceStatus.PRESENT, day),
                entry(2, "Trần Thị Bình", AttendanceStatus.ABSENT_EXCUSED, day),
                entry(3, "Lê Thị Hoa", AttendanceStatus.PRESENT, day)), summary,
                List.of(new Guest(1, 1, 1, "Phạm Minh Tuấn", "Đảng ủy viên phụ trách")));
    }
}
