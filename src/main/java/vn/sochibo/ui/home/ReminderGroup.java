package vn.sochibo.ui.home;

import java.time.LocalDate;
import vn.sochibo.model.reminder.Reminder;

/** The heading a reminder is listed under: overdue, due within 30 days, later, or only a hint (listed last). */
public enum ReminderGroup {
    OVERDUE, SOON, LATER, HINT;

    /** Days ahead that count as "soon". */
    public static final int SOON_DAYS = 30;

    /** The group of the reminder on the day. */
    public static ReminderGroup of(Reminder r, LocalDate today) {
        if (r.hint()) {
            return HINT;
        }
        if (r.dueDate().isBefore(today)) {
            return OVERDUE;
        }
        return r.dueDate().isAfter(today.plusDays(SOON_DAYS)) ? LATER : SOON;
    }

    /** The message key of the group's heading. */
    public String key() {
        return "home.group." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
