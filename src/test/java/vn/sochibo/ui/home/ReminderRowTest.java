package vn.sochibo.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.sochibo.testutil.Events.d;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.reminder.Reminder;
import vn.sochibo.model.reminder.ReminderKind;
import vn.sochibo.testutil.TestUi;

/** A reminder as a home screen line: due date, days left in words, group, and where choosing it leads. */
class ReminderRowTest {
    private final TestUi t = new TestUi();

    @AfterEach
    void dispose() {
        t.dispose();
    }

    private ReminderRow row(Reminder r) {
        return ReminderRow.of(r, d("2026-11-21"), t.ui.i18n());
    }

    private static Reminder member(ReminderKind kind, String due) {
        return Reminder.member(kind, "Nguyễn Văn An", 4, d(due), "HD 06", 2);
    }

    @Test
    void of_pastDue_saysOverdueInDaysAndGroupsAsOverdue() {
        ReminderRow r = row(member(ReminderKind.UNEXCUSED_WARNING, "2026-11-18"));
        assertEquals("quá hạn 3 ngày", r.whenText());
        assertEquals("18/11/2026", r.dueText());
        assertEquals(ReminderGroup.OVERDUE, r.group());
        assertEquals("Quá hạn", r.groupText());
        assertEquals("Vắng không lý do (2 lần)", r.kindText());
    }

    @Test
    void of_dueToday_saysTodayAndCountsAsSoon() {
        ReminderRow r = row(member(ReminderKind.PROBATION_ENDING, "2026-11-21"));
        assertEquals("hạn hôm nay", r.whenText());
        assertEquals(ReminderGroup.SOON, r.group());
    }

    @Test
    void of_dueInThirtyOneDays_saysDaysLeftAndGroupsAsLater() {
        assertEquals(ReminderGroup.SOON, row(member(ReminderKind.BADGE_MILESTONE, "2026-12-21")).group());
        ReminderRow later = row(member(ReminderKind.BADGE_MILESTONE, "2026-12-22"));
        assertEquals("còn 31 ngày", later.whenText());
        assertEquals(ReminderGroup.LATER, later.group());
    }

    @Test
    void of_hint_markedAsHintWithoutDeadline() {
        ReminderRow r = row(Reminder.member(ReminderKind.EXEMPTION_HINT, "Lê Văn Cường", 3, d("2020-01-01"), "HD 06",
                60));
        assertEquals(ReminderGroup.HINT, r.group());
        assertEquals("Gợi ý", r.groupText());
        assertEquals("gợi ý, không có hạn", r.whenText());
        assertEquals("từ 01/01/2020", r.dueText());
        assertEquals("Gợi ý: Đủ tuổi xin miễn công tác và sinh hoạt đảng (trên 60 tuổi)", r.kindText());
    }

    @Test
    void target_perKind_memberMeetingStudyOrMeetings() {
        assertEquals(ReminderRow.Target.MEMBER, row(member(ReminderKind.TRANSFER_OVERDUE, "2026-11-01")).target());
        assertEquals(ReminderRow.Target.MEETING, row(Reminder.meeting(ReminderKind.TASK_OVERDUE, "Sửa đường", 9L,
                d("2026-11-01"), "NQ")).target());
        assertEquals(ReminderRow.Target.MEETINGS, row(Reminder.meeting(ReminderKind.THEMATIC_MISSING, "Q4/2026",
                null, d("2026-12-31"), "CT 50")).target());
        assertEquals(ReminderRow.Target.STUDY, row(Reminder.study(ReminderKind.STUDY_REFLECTION_MISSING,
                "18-NQ/TW (05/03/2026)", 4L, d("2026-04-04"), "ĐUP", 2)).target());
    }
}
