package vn.sochibo.export.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.DocumentSettings;
import vn.sochibo.model.branch.MeetingDay;
import vn.sochibo.model.branch.Officer;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.member.Grade;
import vn.sochibo.model.member.Membership;
import vn.sochibo.model.member.StatusOnDate;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.AttendanceMark;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.DecisionType;
import vn.sochibo.model.meeting.Guest;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingGrade;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.model.meeting.TaskStatus;
import vn.sochibo.model.meeting.Vote;
import vn.sochibo.model.meeting.VoteMethod;
import vn.sochibo.model.meeting.VoteOutcome;

/** A hand-made meeting of "Chi bộ Khu phố 3" on 05/02/2026: 25 members, two absences with reason, one without. */
public final class MinutesFixtures {
    public static final LocalDate DAY = LocalDate.of(2026, 2, 5);

    private MinutesFixtures() {
    }

    public static BranchProfile branch() {
        return new BranchProfile("Đảng bộ phường Hòa Bình", "Chi bộ Khu phố 3", "Phường Hòa Bình",
                LocalDate.of(2025, 9, 1), null, List.of(new Officer(1, OfficerRole.SECRETARY),
                new Officer(2, OfficerRole.DEPUTY_SECRETARY), new Officer(3, OfficerRole.COMMITTEE_MEMBER)),
                new MeetingDay(MeetingDay.Kind.NTH_WEEKDAY, 1, 1, DayOfWeek.SUNDAY), LocalTime.of(19, 30),
                "Nhà văn hóa khu phố 3", new DocumentSettings("CB", true, 20, 20, 30, 15));
    }

    public static Meeting meeting(MeetingType type, boolean adopted) {
        return new Meeting(7, type, DAY, LocalTime.of(19, 30), LocalTime.of(21, 5), "Nhà văn hóa khu phố 3",
                type == MeetingType.THEMATIC ? "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về "
                        + "trách nhiệm nêu gương" : "", type == MeetingType.THEMATIC ? "Lê Thị Hoa" : "",
                1L, 4L, adopted ? MeetingState.ADOPTED : MeetingState.IN_PROGRESS, 92, true,
                adopted ? LocalDateTime.of(2026, 2, 5, 21, 0) : null, adopted ? 3 : null, null);
    }

    static RollEntry absent(long id, String name, AttendanceStatus status, String reason) {
        StatusOnDate s = new StatusOnDate(DAY, Membership.MEMBER, Grade.OFFICIAL, null, false, false, null);
        return new RollEntry(id, name, s, RollCategory.EXPECTED, new AttendanceMark(7, id, status, reason, ""));
    }

    public static RollSummary roll() {
        return new RollSummary(25, 22, 3, 2, 1, 0, 1, 22, 20, 17, 2, 1,
                List.of(absent(11, "Trần Văn Bình", AttendanceStatus.ABSENT_EXCUSED, "ốm"),
                        absent(12, "Phạm Thị Cúc", AttendanceStatus.ABSENT_EXCUSED, "đi công tác")),
                List.of(absent(13, "Đỗ Văn Dũng", AttendanceStatus.ABSENT_UNEXCUSED, "")), 0, 20);
    }

    static List<AgendaItem> items() {
        List<AgendaItem> items = new ArrayList<>();
        Object[][] rows = {
            {AgendaKind.OPENING, "Tuyên bố lý do, giới thiệu đại biểu", 5, "Đồng chí Bí thư tuyên bố lý do."},
            {AgendaKind.MINUTE_TAKER, "Cử thư ký", 2, ""},
            {AgendaKind.ATTENDANCE, "Báo cáo tình hình đảng viên dự họp", 3, ""},
            {AgendaKind.ADOPT_AGENDA, "Thông qua chương trình", 2, ""},
            {AgendaKind.CURRENT_AFFAIRS, "Thông tin thời sự, văn bản cấp trên", 15,
                "Triển khai Chỉ thị 50-CT/TW về nâng cao chất lượng sinh hoạt chi bộ."},
            {AgendaKind.REVIEW, "Đánh giá kết quả thực hiện nhiệm vụ tháng qua", 15,
                "- Hoàn thành thu đảng phí tháng 01.\n- Vận động 100% hộ dân tham gia vệ sinh môi trường."},
            {AgendaKind.NEXT_TASKS, "Phương hướng, nhiệm vụ tháng tới", 15,
                "- Tổ chức đón Tết Nguyên đán an toàn, tiết kiệm."},
            {AgendaKind.DISCUSSION, "Thảo luận", 20,
                "Đồng chí Lê Thị Hoa: đề nghị tăng cường thăm hỏi gia đình chính sách dịp Tết.\n"
                    + "Đồng chí Nguyễn Văn Hùng (đại biểu Đảng ủy phường): ghi nhận kết quả của chi bộ."},
            {AgendaKind.CONCLUSION, "Kết luận", 5, "Chi bộ thống nhất các nhiệm vụ tháng tới như dự thảo nghị quyết."},
            {AgendaKind.VOTE, "Biểu quyết", 3, ""},
            {AgendaKind.GRADING, "Đánh giá chất lượng buổi sinh hoạt", 5, ""},
            {AgendaKind.READ_BACK, "Thông qua biên bản", 5, ""},
        };
        for (int i = 0; i < rows.length; i++) {
            items.add(new AgendaItem(i + 1, 7, i + 1, (AgendaKind) rows[i][0], (String) rows[i][1],
                    (Integer) rows[i][2], (String) rows[i][3], true));
        }
        return items;
    }

    static List<MeetingTask> tasks() {
        return List.of(new MeetingTask(1, 7, "Thăm hỏi 5 gia đình chính sách dịp Tết", 2L, false,
                        LocalDate.of(2026, 2, 15), TaskStatus.OPEN, null, ""),
                new MeetingTask(2, 7, "Thu đảng phí tháng 02", null, true, LocalDate.of(2026, 2, 28),
                        TaskStatus.OPEN, null, ""));
    }

    static List<MeetingTask> carried() {
        return List.of(new MeetingTask(3, 6, "Hoàn thiện sổ danh sách đảng viên", 3L, false,
                LocalDate.of(2026, 1, 31), TaskStatus.OPEN, null, ""));
    }

    static List<VoteOutcome> votes() {
        Vote v = new Vote(1, 7, 1, "Thông qua nghị quyết tháng 02", DecisionType.ORDINARY, VoteMethod.HANDS, 17, 0, 0);
        return List.of(new VoteOutcome(v, 20, true, 85.0, "> 1/2", "QĐ 294-QĐ/TW"));
    }

    /** The content of the meeting of the given type, adopted or not. */
    public static MinutesContent content(MeetingType type, boolean adopted) {
        Meeting m = meeting(type, adopted);
        return new MinutesContent(branch(), m, "Nguyễn Văn An", "Trần Thị Ngọc Hường", "Nguyễn Văn An",
                List.of(new Guest(1, 7, 1, "Nguyễn Văn Hùng", "Đảng ủy viên, phụ trách chi bộ")), roll(), items(),
                carried(), tasks(), Map.of(2L, "Lê Thị Hoa", 3L, "Vũ Văn Sơn"), votes(), MeetingGrade.GOOD,
                adopted ? "Số 03-BB/CB" : "", DocTexts.placeDate("Phường Hòa Bình", DAY));
    }
}
