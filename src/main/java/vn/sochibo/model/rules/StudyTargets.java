package vn.sochibo.model.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The dated table of target participation rates for study sessions (rules.md §7): no central figure exists; the
 * ward or province plan sets it [U], and 95 % is the usual figure ("đạt 95%"). Đảng ủy phường có thể quy định
 * khác: a new row with its date and text takes over from that date.
 */
public final class StudyTargets {
    /** The default target in percent when the ward sets none. */
    public static final int DEFAULT_PERCENT = 95;
    private static final List<StudyTarget> TABLE = List.of(
            new StudyTarget(LocalDate.of(1930, 2, 3), DEFAULT_PERCENT,
                    "Kế hoạch học tập, quán triệt của Đảng ủy phường (thường “đạt 95%”) [U]; "
                            + "Đảng ủy phường có thể quy định khác"));

    private StudyTargets() {
    }

    /** The row in force on {@code date}: the latest that took effect on or before it (the first before any). */
    public static StudyTarget on(LocalDate date) {
        return on(TABLE, date);
    }

    /** The row of {@code table} in force on {@code date}; the earliest row when the date precedes them all. */
    public static StudyTarget on(List<StudyTarget> table, LocalDate date) {
        List<StudyTarget> sorted = table.stream().sorted(Comparator.comparing(StudyTarget::effectiveFrom)).toList();
        StudyTarget found = sorted.get(0);
        for (StudyTarget t : sorted) {
            if (!t.effectiveFrom().isAfter(date)) {
                found = t;
            }
        }
        return found;
    }
}
