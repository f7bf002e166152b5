package vn.sochibo.service.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.TaskStatus;
import vn.sochibo.model.reminder.Reminder;
import vn.sochibo.model.reminder.ReminderKind;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.testutil.TestUi;

/** Reminders from a real database: absences marked at roll calls, overdue tasks, the month's meeting. */
class ReminderServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private long an;
    private long binh;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("r.db"), TestUi.fixedClock());
        an = services.members().save(MemberBuilder.member().name("Nguyễn Văn An").build(),
                MemberEntry.admittedHere()).member().id();
        binh = services.members().save(MemberBuilder.member().name("Trần Thị Bình").female()
                .build(), MemberEntry.admittedHere()).member().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long meetingOn(String date, AttendanceStatus anMark, AttendanceStatus binhMark) {
        long id = services.database().write(tx -> new MeetingRepository().insert(tx,
                Meeting.planned(MeetingType.REGULAR, d(date), LocalTime.of(8, 0), "Nhà văn hóa"))).id();
        services.meeting().roll().mark(id, an, anMark, "Ốm", "");
        services.meeting().roll().mark(id, binh, binhMark, "Ốm", "");
        return id;
    }

    private List<Reminder> of(ReminderKind kind, String day) {
        return new ReminderService(services).on(d(day)).stream().filter(r -> r.kind() == kind).toList();
    }

    @Test
    void on_absencesMarkedAtRollCalls_warnAtTwoAndProposeRemovalAtThree() {
        meetingOn("2026-01-08", AttendanceStatus.ABSENT_UNEXCUSED, AttendanceStatus.ABSENT_UNEXCUSED);
        meetingOn("2026-02-05", AttendanceStatus.ABSENT_EXCUSED, AttendanceStatus.ABSENT_UNEXCUSED);
        meetingOn("2026-03-05", AttendanceStatus.ABSENT_UNEXCUSED, AttendanceStatus.ABSENT_UNEXCUSED);
        List<Reminder> warn = of(ReminderKind.UNEXCUSED_WARNING, "2026-03-10");
        List<Reminder> removal = of(ReminderKind.UNEXCUSED_REMOVAL, "2026-03-10");
        assertEquals(List.of(an), warn.stream().map(Reminder::memberId).toList());
        assertEquals(List.of(binh), removal.stream().map(Reminder::memberId).toList());
        assertEquals(d("2026-03-05"), removal.get(0).dueDate());
    }

    @Test
    void on_nextYear_absencesStartFromZero() {
        meetingOn("2026-01-08", AttendanceStatus.ABSENT_UNEXCUSED, AttendanceStatus.ABSENT_UNEXCUSED);
        meetingOn("2026-02-05", AttendanceStatus.ABSENT_UNEXCUSED, AttendanceStatus.ABSENT_UNEXCUSED);
        assertTrue(of(ReminderKind.UNEXCUSED_WARNING, "2027-01-10").isEmpty());
    }

    @Test
    void on_openTaskFromLastDecember_isOverdueInJanuary() {
        long id = meetingOn("2025-12-04", AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
        services.meeting().agenda().addTask(new MeetingTask(0, id, "Rà soát danh sách đảng viên", null, true,
                d("2025-12-31"), TaskStatus.OPEN, null, ""));
        List<Reminder> r = of(ReminderKind.TASK_OVERDUE, "2026-01-05");
        assertEquals(1, r.size());
        assertEquals(id, r.get(0).meetingId());
        assertEquals("Rà soát danh sách đảng viên", r.get(0).subject());
    }

    @Test
    void on_monthWhoseMeetingIsOnlyMarked_remindsOfTheMinutes() {
        long id = meetingOn("2026-03-05", AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
        List<Reminder> r = of(ReminderKind.REGULAR_MEETING_MISSING, "2026-03-10");
        assertEquals(id, r.get(0).meetingId());
        assertEquals(d("2026-03-31"), r.get(0).dueDate());
    }

    @Test
    void on_studySessionWithAbsentAndMissingReflection_remindsWithCountsThirtyDaysLater() {
        long id = services.study().create(new vn.sochibo.model.study.StudySession(0, "18-NQ/TW", "Nghị quyết",
                null, null, d("2026-03-05"), "Nhà văn hóa", null, "Bí thư", true)).id();
        services.study().mark(id, an, AttendanceStatus.PRESENT, "");
        services.study().mark(id, binh, AttendanceStatus.ABSENT_UNEXCUSED, "");
        List<Reminder> makeUp = of(ReminderKind.STUDY_MAKEUP_MISSING, "2026-03-10");
        List<Reminder> reflection = of(ReminderKind.STUDY_REFLECTION_MISSING, "2026-03-10");
        assertEquals(1, makeUp.get(0).count());
        assertEquals(d("2026-04-04"), makeUp.get(0).dueDate());
        assertEquals("18-NQ/TW (05/03/2026)", makeUp.get(0).subject());
        assertEquals(2, reflection.get(0).count());
        services.study().makeUp(id, binh, d("2026-03-20"));
        services.study().reflection(id, an, d("2026-03-20"));
        services.study().reflection(id, binh, d("2026-03-21"));
        assertTrue(of(ReminderKind.STUDY_MAKEUP_MISSING, "2026-03-25").isEmpty());
        assertTrue(of(ReminderKind.STUDY_REFLECTION_MISSING, "2026-03-25").isEmpty());
    }
}
