package vn.sochibo.model.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.member.MemberHistory;

/** Every reminder due on a day from the branch's members, meeting rolls, meetings and tasks, by due date. */
public final class ReminderRules {
    private ReminderRules() {
    }

    /** The reminders on the day; {@code holidays} are the public holidays skipped when counting working days. */
    public static List<Reminder> on(LocalDate day, List<MemberHistory> members, Map<Meeting, Roll> rolls,
                                    List<Meeting> meetings, List<MeetingTask> tasks, Set<LocalDate> holidays) {
        List<Reminder> out = new ArrayList<>();
        out.addAll(MeetingReminders.absences(members, rolls, day));
        for (MemberHistory h : members) {
            out.addAll(MemberReminders.on(h, day, holidays));
        }
        MeetingReminders.regular(meetings, day).ifPresent(out::add);
        MeetingReminders.thematic(meetings, day).ifPresent(out::add);
        out.addAll(MeetingReminders.tasks(tasks, day));
        out.sort(Reminder.BY_DUE_DATE);
        return List.copyOf(out);
    }
}
