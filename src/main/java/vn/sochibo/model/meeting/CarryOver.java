package vn.sochibo.model.meeting;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the review item of a meeting takes over from before (rules.md §3.2 item 7): tasks of earlier meetings
 * still open, and items of the previous meeting not dealt with, leaving out the procedural ones (opening,
 * minute-taker, roll, agenda, grading, read-back) that every meeting has anyway.
 */
public final class CarryOver {
    /** Kinds that are part of every sitting's procedure and never carried over. */
    public static final Set<AgendaKind> PROCEDURAL = EnumSet.of(AgendaKind.OPENING, AgendaKind.MINUTE_TAKER,
            AgendaKind.ATTENDANCE, AgendaKind.ADOPT_AGENDA, AgendaKind.GRADING, AgendaKind.READ_BACK);

    private CarryOver() {
    }

    /** Open tasks decided in meetings dated before {@code day}; {@code meetingDates} maps meeting id to date. */
    public static List<MeetingTask> openTasks(List<MeetingTask> tasks, Map<Long, LocalDate> meetingDates,
                                              LocalDate day) {
        return tasks.stream().filter(t -> t.status() == TaskStatus.OPEN)
                .filter(t -> {
                    LocalDate d = meetingDates.get(t.meetingId());
                    return d != null && d.isBefore(day);
                }).toList();
    }

    /** Items not done, procedural kinds left out, in agenda order. */
    public static List<AgendaItem> unfinished(List<AgendaItem> previousItems) {
        return previousItems.stream().filter(i -> !i.done() && !PROCEDURAL.contains(i.kind())).toList();
    }
}
