package vn.sochibo.ui.home;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.sochibo.model.reminder.Reminder;
import vn.sochibo.service.Messages;
import vn.sochibo.ui.common.I18n;

/**
 * One line of the home screen's reminders as shown: group heading, what to do, whom or what it concerns, the due
 * date (dd/MM/yyyy), the time left or overdue in words, the rule, and where choosing it leads.
 */
public record ReminderRow(Reminder reminder, ReminderGroup group, String groupText, String kindText,
                          String subject, String dueText, String whenText, String rule, Target target) {

    /** Where choosing the reminder leads. */
    public enum Target { MEMBER, MEETING, MEETINGS, STUDY }

    /** The row of a reminder on the day, in the i18n's language. */
    public static ReminderRow of(Reminder r, LocalDate today, I18n i18n) {
        ReminderGroup group = ReminderGroup.of(r, today);
        String kind = i18n.tr(r.kind().key(), r.count());
        if (r.hint()) {
            kind = i18n.tr("reminder.hint", kind);
        }
        String due = Messages.date(r.dueDate());
        return new ReminderRow(r, group, i18n.tr(group.key()), kind, r.subject(),
                r.hint() ? i18n.tr("home.due.since", due) : due,
                when(r, today, i18n), r.rule(), target(r));
    }

    /** "quá hạn 3 ngày", "hạn hôm nay", "còn 12 ngày"; for a hint, that it is only a hint. */
    static String when(Reminder r, LocalDate today, I18n i18n) {
        if (r.hint()) {
            return i18n.tr("home.when.hint");
        }
        long days = ChronoUnit.DAYS.between(today, r.dueDate());
        if (days == 0) {
            return i18n.tr("home.when.today");
        }
        return days < 0 ? i18n.tr("home.when.overdue", String.valueOf(-days))
                : i18n.tr("home.when.left", String.valueOf(days));
    }

    /** A member's record, the meeting, the study session, or the meetings screen for a missing meeting. */
    static Target target(Reminder r) {
        if (r.memberId() != null) {
            return Target.MEMBER;
        }
        if (r.meetingId() != null) {
            return Target.MEETING;
        }
        return r.studySessionId() != null ? Target.STUDY : Target.MEETINGS;
    }
}
