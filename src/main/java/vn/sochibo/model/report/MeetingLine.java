package vn.sochibo.model.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.GradeRules;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingGrade;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.RollSummary;

/**
 * One meeting of the month as the report lists it: type, date, present out of expected, absences with and without
 * reason, the grade (null until graded), and its main content (topic and the titles of its substantive items).
 */
public record MeetingLine(MeetingType type, LocalDate date, int present, int expected, int absentExcused,
                          int absentUnexcused, MeetingGrade grade, List<String> content) {
    /** The agenda items whose titles say what the meeting dealt with. */
    static final Set<AgendaKind> CONTENT = Set.of(AgendaKind.CURRENT_AFFAIRS, AgendaKind.HCM_STUDY,
            AgendaKind.THEMATIC_TOPIC, AgendaKind.REVIEW, AgendaKind.NEXT_TASKS, AgendaKind.PERSONNEL,
            AgendaKind.OTHER);

    public MeetingLine {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        content = List.copyOf(content);
    }

    /** The line of a meeting from its roll summary and agenda. */
    public static MeetingLine of(Meeting m, RollSummary s, List<AgendaItem> items) {
        List<String> content = new ArrayList<>();
        if (!m.topic().isBlank()) {
            content.add(m.topic());
        }
        items.stream().filter(i -> CONTENT.contains(i.kind()) && !i.title().isBlank())
                .forEach(i -> content.add(i.title()));
        return new MeetingLine(m.type(), m.date(), s.present(), s.expected(), s.absentExcused().size(),
                s.absentUnexcused().size(), GradeRules.of(m), content);
    }

    /** Attendance in percent of those expected, or -1 when nobody was expected. */
    public double percent() {
        return expected == 0 ? -1 : present * 100.0 / expected;
    }
}
