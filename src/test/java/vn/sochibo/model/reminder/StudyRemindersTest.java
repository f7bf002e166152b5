package vn.sochibo.model.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.rules.StudyDebtDeadline;
import vn.sochibo.model.rules.StudyDebtDeadlines;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.Participation;
import vn.sochibo.model.study.StudyDebt;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.model.study.StudySummary;

/** Study reminders: members who owe a make-up or a reflection, due 30 days after the session (dated rule). */
class StudyRemindersTest {
    private static StudySummary session(String date, StudyDebt... debts) {
        StudySession s = new StudySession(7, "18-NQ/TW", "Nghị quyết 18", IssuingLevel.TRUNG_UONG, Organiser.WARD,
                d(date), "Nhà văn hóa", StudyForm.DIRECT, "Bí thư", true);
        return new StudySummary(s, List.of(), new Participation(3, 5, 95), List.of(debts));
    }

    private static StudyDebt owes(long id, boolean attendance, boolean reflection) {
        return new StudyDebt(id, "Đảng viên " + id, attendance, reflection);
    }

    @Test
    void on_absentAndUnreflected_oneReminderEachWithMemberCounts() {
        List<Reminder> r = StudyReminders.on(List.of(session("2026-03-05", owes(1, true, true), owes(2, true, false),
                owes(3, false, true), owes(4, false, true))), d("2026-03-10"));
        assertEquals(2, r.size());
        Reminder makeUp = r.get(0);
        assertEquals(ReminderKind.STUDY_MAKEUP_MISSING, makeUp.kind());
        assertEquals(2, makeUp.count());
        assertEquals("18-NQ/TW (05/03/2026)", makeUp.subject());
        assertEquals(d("2026-04-04"), makeUp.dueDate());
        assertEquals(StudyDebtDeadlines.DEFAULT_BASIS, makeUp.rule());
        assertEquals(ReminderKind.STUDY_REFLECTION_MISSING, r.get(1).kind());
        assertEquals(3, r.get(1).count());
        assertEquals(List.of(7L, 7L), r.stream().map(Reminder::studySessionId).toList(), "both lead to the session");
    }

    @Test
    void on_nobodyOwes_noReminder() {
        assertTrue(StudyReminders.on(List.of(session("2026-03-05")), d("2026-03-10")).isEmpty());
    }

    @Test
    void on_sessionStillAhead_notShownUntilItsDay() {
        List<StudySummary> s = List.of(session("2026-03-05", owes(1, true, false)));
        assertTrue(StudyReminders.on(s, d("2026-03-04")).isEmpty());
        assertEquals(1, StudyReminders.on(s, d("2026-03-05")).size());
    }

    @Test
    void on_sessionOnLeapDay_dueThirtyDaysLaterAcrossMonthEnd() {
        assertEquals(d("2028-03-30"), StudyReminders.on(List.of(session("2028-02-29", owes(1, true, false))),
                d("2028-02-29")).get(0).dueDate());
    }

    @Test
    void on_sessionLateInDecember_dueInJanuaryAndStillShownAfterDue() {
        List<Reminder> r = StudyReminders.on(List.of(session("2026-12-20", owes(1, true, false))), d("2027-02-01"));
        assertEquals(d("2027-01-19"), r.get(0).dueDate());
    }

    @Test
    void deadlines_newerRowTakesOverFromItsDate() {
        List<StudyDebtDeadline> table = List.of(new StudyDebtDeadline(LocalDate.of(1930, 2, 3), 30, "cũ"),
                new StudyDebtDeadline(d("2027-01-01"), 45, "Quy định mới"));
        assertEquals(30, StudyDebtDeadlines.on(table, d("2026-12-31")).days());
        assertEquals(45, StudyDebtDeadlines.on(table, d("2027-01-01")).days());
        assertEquals(30, StudyDebtDeadlines.on(d("2026-06-01")).days());
    }

    @Test
    void rules_studyRemindersSortedWithTheOthersByDueDate() {
        List<Reminder> all = ReminderRules.on(d("2026-03-10"), List.of(), java.util.Map.of(), List.of(), List.of(),
                List.of(session("2026-01-05", owes(1, true, false))), java.util.Set.of());
        assertEquals(ReminderKind.STUDY_MAKEUP_MISSING, all.get(0).kind());
        assertEquals(d("2026-02-04"), all.get(0).dueDate());
    }
}
