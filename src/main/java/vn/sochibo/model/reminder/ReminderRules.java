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
import vn.sochibo.model.study.StudySummary;

/** Every reminder due on a day from the branch's members, rolls, meetings, tasks and study sessions, by due date. */
public final class ReminderRules {
    private ReminderRules() {
    }

    /** The reminders on the day without study sessions; {@code holidays} are skipped when counting working days. */
    public static List<Reminder> on(LocalDate day, List<MemberHistory> members, Map<Meeting, Roll> rolls,
                                    List<Meeting> meetings, List<MeetingTask> tasks, Set<LocalDate> holidays) {
        return on(day, members, rolls, meetings, tasks, List.of(), holidays);
    }

    /** The reminders on the day, study sessions' make-ups and reflections included. */
    public static List<Reminder> on(LocalDate day, List<MemberHistory> members, Map<Meeting, Roll> rolls,
                                    List<Meeting> meetings, List<MeetingTask> tasks, List<StudySummary> study,
                                    Set<LocalDate> holidays) {
        List<Reminder> out = new ArrayList<>();
        out.addAll(MeetingReminders.absences(members, rolls, day));
        for (MemberHistory h : members) {
            out.addAll(MemberReminders.on(h, day, holidays));
        }
        MeetingReminders.regular(meetings, day).ifPresent(out::add);
        MeetingReminders.thematic(meetings, day).ifPresent(out::add);
        out.addAll(MeetingReminders.tasks(tasks, day));
        out.addAll(StudyReminders.on(study, day));
        out.sort(Reminder.BY_DUE_DATE);
        return List.copyOf(out);
    }
}
