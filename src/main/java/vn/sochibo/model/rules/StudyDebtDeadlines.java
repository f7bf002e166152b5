package vn.sochibo.model.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The dated table of deadlines for study make-ups (học bù) and reflections (bài thu hoạch) after a session: no central
 * figure exists [U]; the ward committee sets it, 30 days by default. A new row with its date and text takes over.
 */
public final class StudyDebtDeadlines {
    /** The default number of days after the session when the ward sets none. */
    public static final int DEFAULT_DAYS = 30;
    /** The text behind the default row. */
    public static final String DEFAULT_BASIS = "Quy định của Đảng ủy phường (mặc định 30 ngày)";
    private static final List<StudyDebtDeadline> TABLE = List.of(
            new StudyDebtDeadline(LocalDate.of(1930, 2, 3), DEFAULT_DAYS, DEFAULT_BASIS));

    private StudyDebtDeadlines() {
    }

    /** The row in force on the session's date. */
    public static StudyDebtDeadline on(LocalDate date) {
        return on(TABLE, date);
    }

    /** The row of {@code table} in force on {@code date}; the earliest row when the date precedes them all. */
    public static StudyDebtDeadline on(List<StudyDebtDeadline> table, LocalDate date) {
        List<StudyDebtDeadline> sorted = table.stream()
                .sorted(Comparator.comparing(StudyDebtDeadline::effectiveFrom)).toList();
        StudyDebtDeadline found = sorted.get(0);
        for (StudyDebtDeadline t : sorted) {
            if (!t.effectiveFrom().isAfter(date)) {
                found = t;
            }
        }
        return found;
    }
}
