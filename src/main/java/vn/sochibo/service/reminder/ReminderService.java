package vn.sochibo.service.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.reminder.Reminder;
import vn.sochibo.model.reminder.ReminderRules;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.MeetingRoll;

/** Gathers the branch's members, rolls, meetings, tasks and study sessions and computes the reminders due on a day. */
public final class ReminderService {
    private final Services services;
    private final Set<LocalDate> holidays;

    public ReminderService(Services services) {
        this(services, HolidayTable.vietnam());
    }

    public ReminderService(Services services, Set<LocalDate> holidays) {
        this.services = services;
        this.holidays = Set.copyOf(holidays);
    }

    /** The reminders on the day, ordered by due date. */
    public List<Reminder> on(LocalDate day) {
        int year = day.getYear();
        Map<Meeting, Roll> rolls = new LinkedHashMap<>();
        for (MeetingRoll mr : services.meeting().roll().between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            rolls.put(mr.meeting(), mr.roll());
        }
        List<Meeting> meetings = services.meeting().meetings().inYear(year);
        return ReminderRules.on(day, services.members().all(), rolls, meetings, tasks(year, meetings), study(year),
                holidays);
    }

    /** Study sessions of this year and last year, so a December session's make-ups still show in January. */
    private List<StudySummary> study(int year) {
        return services.study().sessions(LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Tasks of this year's and last year's meetings, so a task decided in December is not forgotten in January. */
    private List<MeetingTask> tasks(int year, List<Meeting> meetings) {
        List<MeetingTask> out = new ArrayList<>();
        List<Meeting> all = new ArrayList<>(services.meeting().meetings().inYear(year - 1));
        all.addAll(meetings);
        for (Meeting m : all) {
            out.addAll(services.meeting().agenda().tasks(m.id()));
        }
        return out;
    }
}
