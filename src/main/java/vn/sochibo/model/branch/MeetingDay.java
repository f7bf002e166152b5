package vn.sochibo.model.branch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The branch's usual meeting day: either a day of the month ("ngày 5 hằng tháng", clamped to short months) or
 * the n-th weekday of the month ("Chủ nhật đầu tiên"; n = 5 means the last).
 */
public record MeetingDay(Kind kind, int dayOfMonth, int nth, DayOfWeek weekday) {
    /** How the day is given. */
    public enum Kind { DAY_OF_MONTH, NTH_WEEKDAY }

    public static final MeetingDay DEFAULT = new MeetingDay(Kind.NTH_WEEKDAY, 5, 1, DayOfWeek.SUNDAY);

    public MeetingDay {
        if (kind == Kind.DAY_OF_MONTH && (dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new IllegalArgumentException("dayOfMonth " + dayOfMonth);
        }
        if (kind == Kind.NTH_WEEKDAY && (nth < 1 || nth > 5 || weekday == null)) {
            throw new IllegalArgumentException("nth " + nth);
        }
    }

    /** The meeting date in the given month. */
    public LocalDate dateIn(YearMonth month) {
        if (kind == Kind.DAY_OF_MONTH) {
            return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        }
        LocalDate first = month.atDay(1);
        if (nth == 5) {
            return first.with(TemporalAdjusters.lastInMonth(weekday));
        }
        return first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
    }
}
