package vn.sochibo.model.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working-day arithmetic (Bộ luật Lao động 2019): Saturdays, Sundays and the given public holidays are skipped. */
public final class WorkingDays {
    private WorkingDays() {
    }

    /** True when the day is neither a weekend day nor a public holiday. */
    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek w = day.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The n-th working day after {@code start} (start itself not counted); n = 0 gives start. */
    public static LocalDate add(LocalDate start, int n, Set<LocalDate> holidays) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                left--;
            }
        }
        return day;
    }
}
