package vn.sochibo.model.reminder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.model.member.MemberHistory;

/** Pure reminders from meetings, rolls and tasks on a day: absences, missing meetings, overdue tasks. */
public final class MeetingReminders {
    /** Unexcused absences that bring a warning and a proposal to remove from the list (rules.md §5.5). */
    public static final int WARNING_ABSENCES = 2;
    public static final int REMOVAL_ABSENCES = 3;
    static final String REMOVAL_BASIS = "Điều lệ Đảng, Quy định 294-QĐ/TW (xóa tên)";
    static final String MEETING_BASIS = "Điều lệ Đảng, Chỉ thị 50-CT/TW, Hướng dẫn 42-HD/BTCTW";
    static final String TASK_BASIS = "Nghị quyết chi bộ";

    private MeetingReminders() {
    }

    /**
     * Members on the list with 2 or 3+ unexcused absences from the calendar year's regular meetings held up to the
     * day; due on the date of the latest such absence.
     */
    public static List<Reminder> absences(List<MemberHistory> members, Map<Meeting, Roll> rolls, LocalDate day) {
        Map<Long, List<LocalDate>> dates = new LinkedHashMap<>();
        rolls.forEach((m, roll) -> {
            if (m.type() == MeetingType.REGULAR && m.date().getYear() == day.getYear() && !m.date().isAfter(day)) {
                roll.entries().stream().filter(MeetingReminders::unexcused)
                        .forEach(e -> dates.computeIfAbsent(e.memberId(), k -> new ArrayList<>()).add(m.date()));
            }
        });
        List<Reminder> out = new ArrayList<>();
        for (MemberHistory h : members) {
            List<LocalDate> d = dates.getOrDefault(h.member().id(), List.of());
            if (d.size() >= WARNING_ABSENCES && h.statusOn(day).inTotal()) {
                ReminderKind kind = d.size() >= REMOVAL_ABSENCES ? ReminderKind.UNEXCUSED_REMOVAL
                        : ReminderKind.UNEXCUSED_WARNING;
                LocalDate last = d.stream().max(LocalDate::compareTo).orElseThrow();
                out.add(Reminder.member(kind, h.member().fullName(), h.member().id(), last, REMOVAL_BASIS, d.size()));
            }
        }
        return out;
    }

    private static boolean unexcused(RollEntry e) {
        return e.mark() != null && e.mark().status() == AttendanceStatus.ABSENT_UNEXCUSED;
    }

    /** This month's regular meeting when none exists or its minutes are not adopted; due at the month's end. */
    public static Optional<Reminder> regular(List<Meeting> meetings, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        List<Meeting> inMonth = meetings.stream().filter(m -> m.type() == MeetingType.REGULAR
                && YearMonth.from(m.date()).equals(month)).toList();
        if (inMonth.stream().anyMatch(Meeting::isAdopted)) {
            return Optional.empty();
        }
        Long id = inMonth.isEmpty() ? null : inMonth.get(0).id();
        return Optional.of(Reminder.meeting(ReminderKind.REGULAR_MEETING_MISSING,
                String.format("%02d/%d", month.getMonthValue(), month.getYear()), id, month.atEndOfMonth(),
                MEETING_BASIS));
    }

    /** The day's quarter when it has no thematic meeting held, in progress, or still planned ahead. */
    public static Optional<Reminder> thematic(List<Meeting> meetings, LocalDate day) {
        int quarter = (day.getMonthValue() - 1) / 3 + 1;
        LocalDate first = LocalDate.of(day.getYear(), quarter * 3 - 2, 1);
        LocalDate last = YearMonth.of(day.getYear(), quarter * 3).atEndOfMonth();
        boolean held = meetings.stream().anyMatch(m -> m.type() == MeetingType.THEMATIC
                && !m.date().isBefore(first) && !m.date().isAfter(last)
                && (m.state() != MeetingState.PLANNED || !m.date().isBefore(day)));
        return held ? Optional.empty() : Optional.of(Reminder.meeting(ReminderKind.THEMATIC_MISSING,
                "Q" + quarter + "/" + day.getYear(), null, last, MEETING_BASIS));
    }

    /** Open tasks past their due date, due on that date, pointing at the meeting that decided them. */
    public static List<Reminder> tasks(List<MeetingTask> tasks, LocalDate day) {
        return tasks.stream().filter(t -> t.isOverdue(day)).map(t -> Reminder.meeting(ReminderKind.TASK_OVERDUE,
                t.text().lines().findFirst().orElse(""), t.meetingId(), t.dueDate(), TASK_BASIS)).toList();
    }
}
