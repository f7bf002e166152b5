package vn.sochibo.model.meeting;

import java.time.LocalDate;
import java.util.List;
import vn.sochibo.model.Issue;
import vn.sochibo.model.rules.GradeThresholds;

/** The grade of a meeting from its points and key criteria (rules.md §3.5), with the table in force on its date. */
public final class GradeRules {
    private GradeRules() {
    }

    /** Tốt, Khá, Trung bình or Kém for the points (0..100) on the meeting's date. */
    public static MeetingGrade grade(LocalDate date, int points, boolean keyMet) {
        return MeetingGrade.valueOf(GradeThresholds.grade(date, points, keyMet));
    }

    /** The grade of a meeting, or null while it has no points. */
    public static MeetingGrade of(Meeting m) {
        return m.gradePoints() == null ? null : grade(m.date(), m.gradePoints(), m.gradeKeyMet());
    }

    /** Points must lie between 0 and 100. */
    public static List<Issue> check(int points) {
        if (points < 0 || points > GradeThresholds.MAX_POINTS) {
            return List.of(Issue.error("grade.field.points", "grade.error.points", String.valueOf(points)));
        }
        return List.of();
    }
}
