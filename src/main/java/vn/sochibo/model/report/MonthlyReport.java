package vn.sochibo.model.report;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.sochibo.model.member.StatusCounts;

/**
 * Everything the monthly report to the ward says (rules.md §4.7): member counts at the month's end, the movements
 * during it, its meetings, the tasks they decided, its study sessions, and the secretary's free-text sections.
 */
public record MonthlyReport(YearMonth month, StatusCounts counts, MemberMovements movements,
                            List<MeetingLine> meetings, List<TaskLine> tasks, List<StudyLine> studies,
                            Map<ReportSection, String> notes) {
    public MonthlyReport {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(movements, "movements");
        meetings = List.copyOf(meetings);
        tasks = List.copyOf(tasks);
        studies = List.copyOf(studies);
        Map<ReportSection, String> copy = new EnumMap<>(ReportSection.class);
        for (ReportSection s : ReportSection.values()) {
            copy.put(s, notes.getOrDefault(s, ""));
        }
        notes = Map.copyOf(copy);
    }

    /** The text the secretary wrote for the section ("" when none). */
    public String note(ReportSection s) {
        return notes.get(s);
    }

    /** How many tasks are in the state. */
    public long tasksIn(TaskState state) {
        return tasks.stream().filter(t -> t.state() == state).count();
    }
}
