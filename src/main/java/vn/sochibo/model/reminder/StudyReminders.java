package vn.sochibo.model.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.rules.StudyDebtDeadline;
import vn.sochibo.model.rules.StudyDebtDeadlines;
import vn.sochibo.model.study.StudyDebt;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.model.study.StudySummary;

/** Pure reminders from study sessions: expected members who still owe a make-up or a required reflection. */
public final class StudyReminders {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private StudyReminders() {
    }

    /**
     * For each session held on or before the day, one reminder for the members who owe a make-up and one for those
     * who owe a reflection; due the rule's number of days after the session, the count naming how many members.
     */
    public static List<Reminder> on(List<StudySummary> sessions, LocalDate day) {
        List<Reminder> out = new ArrayList<>();
        for (StudySummary s : sessions) {
            if (s.session().date() == null || s.session().date().isAfter(day)) {
                continue;
            }
            int makeUps = (int) s.debts().stream().filter(StudyDebt::owesAttendance).count();
            int reflections = (int) s.debts().stream().filter(StudyDebt::owesReflection).count();
            add(out, ReminderKind.STUDY_MAKEUP_MISSING, s.session(), makeUps);
            add(out, ReminderKind.STUDY_REFLECTION_MISSING, s.session(), reflections);
        }
        return out;
    }

    private static void add(List<Reminder> out, ReminderKind kind, StudySession s, int count) {
        if (count > 0) {
            StudyDebtDeadline rule = StudyDebtDeadlines.on(s.date());
            out.add(Reminder.study(kind, subject(s), s.id(), s.date().plusDays(rule.days()), rule.legalBasis(),
                    count));
        }
    }

    /** The document studied and the session's date: "18-NQ/TW (05/03/2026)". */
    static String subject(StudySession s) {
        return s.documentSymbol() + " (" + DAY.format(s.date()) + ")";
    }
}
