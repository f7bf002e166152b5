package vn.sochibo.model.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;
import static vn.sochibo.testutil.Events.event;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.meeting.AttendanceMark;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.model.meeting.TaskStatus;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.testutil.MemberBuilder;

/** Meeting reminders: unexcused absences in a calendar year, the month's and quarter's meetings, overdue tasks. */
class MeetingRemindersTest {
    private final MemberHistory an = new MemberHistory(MemberBuilder.member().build().withId(1),
            List.of(event(EventType.ADMITTED, "1975-05-19")));
    private final Map<Meeting, Roll> rolls = new LinkedHashMap<>();

    private static Meeting meeting(long id, MeetingType type, String date, MeetingState state) {
        return Meeting.planned(type, d(date), LocalTime.of(8, 0), "Nhà văn hóa").withId(id).withState(state);
    }

    private void absent(long id, MeetingType type, String date, AttendanceStatus status) {
        Meeting m = meeting(id, type, date, MeetingState.ADOPTED);
        RollEntry e = new RollEntry(1, "Nguyễn Văn An", an.statusOn(m.date()), RollCategory.EXPECTED,
                new AttendanceMark(id, 1, status, "", ""));
        rolls.put(m, new Roll(List.of(e), null, List.of()));
    }

    private List<Reminder> absences(String day) {
        return MeetingReminders.absences(List.of(an), rolls, d(day));
    }

    @Test
    void absences_twoUnexcused_warnOnTheLatestAbsence() {
        absent(1, MeetingType.REGULAR, "2026-01-08", AttendanceStatus.ABSENT_UNEXCUSED);
        absent(2, MeetingType.REGULAR, "2026-02-05", AttendanceStatus.ABSENT_EXCUSED);
        absent(3, MeetingType.REGULAR, "2026-03-05", AttendanceStatus.ABSENT_UNEXCUSED);
        List<Reminder> r = absences("2026-03-10");
        assertEquals(1, r.size());
        assertEquals(ReminderKind.UNEXCUSED_WARNING, r.get(0).kind());
        assertEquals(d("2026-03-05"), r.get(0).dueDate());
        assertEquals(2, r.get(0).count());
    }

    @Test
    void absences_threeUnexcusedNotConsecutive_proposeRemoval() {
        absent(1, MeetingType.REGULAR, "2026-01-08", AttendanceStatus.ABSENT_UNEXCUSED);
        absent(2, MeetingType.REGULAR, "2026-02-05", AttendanceStatus.PRESENT);
        absent(3, MeetingType.REGULAR, "2026-03-05", AttendanceStatus.ABSENT_UNEXCUSED);
        absent(4, MeetingType.REGULAR, "2026-06-04", AttendanceStatus.ABSENT_UNEXCUSED);
        assertEquals(ReminderKind.UNEXCUSED_REMOVAL, absences("2026-06-30").get(0).kind());
    }

    @Test
    void absences_previousYearAndThematicMeetings_doNotCount() {
        absent(1, MeetingType.REGULAR, "2025-12-04", AttendanceStatus.ABSENT_UNEXCUSED);
        absent(2, MeetingType.THEMATIC, "2026-01-15", AttendanceStatus.ABSENT_UNEXCUSED);
        absent(3, MeetingType.REGULAR, "2026-02-05", AttendanceStatus.ABSENT_UNEXCUSED);
        assertTrue(absences("2026-02-10").isEmpty());
    }

    @Test
    void regular_monthWithoutMeeting_isDueAtTheMonthEnd() {
        Reminder r = MeetingReminders.regular(List.of(), d("2024-02-10")).orElseThrow();
        assertEquals(d("2024-02-29"), r.dueDate());
        assertEquals("02/2024", r.subject());
    }

    @Test
    void regular_meetingHeldButMinutesNotAdopted_pointsAtTheMeeting() {
        Meeting held = meeting(9, MeetingType.REGULAR, "2026-03-05", MeetingState.IN_PROGRESS);
        assertEquals(9L, MeetingReminders.regular(List.of(held), d("2026-03-10")).orElseThrow().meetingId());
        assertTrue(MeetingReminders.regular(List.of(held.withState(MeetingState.ADOPTED)), d("2026-03-10")).isEmpty());
    }

    @Test
    void thematic_quarterWithoutOne_isDueAtTheQuarterEnd_andAPlannedOneAheadCounts() {
        assertEquals(d("2026-06-30"), MeetingReminders.thematic(List.of(), d("2026-04-01")).orElseThrow().dueDate());
        Meeting planned = meeting(5, MeetingType.THEMATIC, "2026-05-14", MeetingState.PLANNED);
        assertTrue(MeetingReminders.thematic(List.of(planned), d("2026-05-01")).isEmpty());
        assertTrue(MeetingReminders.thematic(List.of(planned), d("2026-05-20")).isPresent());
    }

    @Test
    void byDueDate_oldHint_comesAfterALaterDeadline() {
        Reminder hint = Reminder.member(ReminderKind.EXEMPTION_HINT, "Lê Văn Cường", 3, d("2004-01-14"), "", 60);
        Reminder task = Reminder.meeting(ReminderKind.TASK_OVERDUE, "Vận động", 2L, d("2026-03-31"), "");
        assertEquals(List.of(task, hint), java.util.stream.Stream.of(hint, task).sorted(Reminder.BY_DUE_DATE).toList());
    }

    @Test
    void tasks_openPastDue_areOverdue_doneOnesAreNot() {
        MeetingTask open = new MeetingTask(1, 3, "Vận động đóng đảng phí", null, true, d("2026-03-31"),
                TaskStatus.OPEN, null, "");
        MeetingTask done = new MeetingTask(2, 3, "Dọn vệ sinh", null, true, d("2026-03-01"), TaskStatus.DONE,
                d("2026-03-01"), "");
        List<Reminder> r = MeetingReminders.tasks(List.of(open, done), d("2026-04-01"));
        assertEquals(1, r.size());
        assertEquals(3L, r.get(0).meetingId());
        assertTrue(MeetingReminders.tasks(List.of(open), d("2026-03-31")).isEmpty());
    }

    @Test
    void reminderRules_on_ordersDeadlinesByDueDateThenHints() {
        List<Reminder> r = ReminderRules.on(d("2026-03-10"), List.of(an), rolls, List.of(), List.of(),
                java.util.Set.of());
        for (int i = 1; i < r.size(); i++) {
            assertTrue(r.get(i - 1).hint() != r.get(i).hint()
                    || !r.get(i).dueDate().isBefore(r.get(i - 1).dueDate()));
            assertTrue(r.get(i).hint() || !r.get(i - 1).hint(), "hints come last");
        }
        assertTrue(r.get(r.size() - 1).hint(), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.kind() == ReminderKind.REGULAR_MEETING_MISSING));
        assertEquals(d("2026-03-31"), r.stream().filter(x -> x.kind() == ReminderKind.REGULAR_MEETING_MISSING).findFirst()
                .orElseThrow().dueDate());
    }
}
