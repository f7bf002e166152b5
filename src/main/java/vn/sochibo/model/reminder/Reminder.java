package vn.sochibo.model.reminder;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing the secretary must act on: its kind, the member's name or the meeting/period/study session it concerns,
 * the member, meeting or study session id (null when none), the date it falls due, the rule it comes from, whether it
 * is only a hint, and a number for the label (badge milestone years, absence count; 0 when none).
 */
public record Reminder(ReminderKind kind, String subject, Long memberId, Long meetingId, LocalDate dueDate,
                       String rule, boolean hint, int count, Long studySessionId) {
    /** Deadlines by due date, then hints (so long-standing hints never push deadlines down), then kind, subject. */
    public static final Comparator<Reminder> BY_DUE_DATE = Comparator.comparing(Reminder::hint)
            .thenComparing(Reminder::dueDate)
            .thenComparing(Reminder::kind).thenComparing(Reminder::subject);

    public Reminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueDate, "dueDate");
        subject = subject == null ? "" : subject;
        rule = rule == null ? "" : rule;
    }

    /** A reminder about a member. */
    public static Reminder member(ReminderKind kind, String name, long memberId, LocalDate due, String rule,
                                  int count) {
        return new Reminder(kind, name, memberId, null, due, rule, kind == ReminderKind.EXEMPTION_HINT, count,
                null);
    }

    /** A reminder about a meeting or a period (meeting id null when the meeting does not exist). */
    public static Reminder meeting(ReminderKind kind, String subject, Long meetingId, LocalDate due, String rule) {
        return new Reminder(kind, subject, null, meetingId, due, rule, false, 0, null);
    }

    /** A reminder about a study session, {@code count} naming how many members still owe. */
    public static Reminder study(ReminderKind kind, String subject, long sessionId, LocalDate due, String rule,
                                 int count) {
        return new Reminder(kind, subject, null, null, due, rule, false, count, sessionId);
    }
}
