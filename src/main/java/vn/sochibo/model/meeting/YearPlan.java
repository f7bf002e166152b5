package vn.sochibo.model.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.branch.MeetingDay;

/**
 * A year's standard meetings (rules.md §3.1): a regular meeting each month on the branch's usual day, and a
 * thematic meeting each quarter held in the same sitting as the regular meeting of the quarter's middle month
 * (February, May, August, November), away from Tết and the year-end reviews.
 */
public final class YearPlan {
    private YearPlan() {
    }

    /** The planned meetings of the year, by date, regular before thematic on a shared day. */
    public static List<Meeting> of(int year, MeetingDay day, LocalTime time, String place) {
        List<Meeting> out = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate date = day.dateIn(YearMonth.of(year, month));
            out.add(Meeting.planned(MeetingType.REGULAR, date, time, place));
            if (month % 3 == 2) {
                out.add(Meeting.planned(MeetingType.THEMATIC, date, time, place));
            }
        }
        return out;
    }

    /** The meetings of the plan that have no meeting of the same type in the same month among {@code existing}. */
    public static List<Meeting> missing(List<Meeting> plan, List<Meeting> existing) {
        List<Meeting> out = new ArrayList<>();
        for (Meeting m : plan) {
            boolean present = existing.stream().anyMatch(e -> e.type() == m.type()
                    && (m.type() == MeetingType.REGULAR ? sameMonth(e, m) : sameQuarter(e, m)));
            if (!present) {
                out.add(m);
            }
        }
        return out;
    }

    /** The quarter (1–4) of a date. */
    public static int quarter(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    private static boolean sameMonth(Meeting a, Meeting b) {
        return YearMonth.from(a.date()).equals(YearMonth.from(b.date()));
    }

    private static boolean sameQuarter(Meeting a, Meeting b) {
        return a.date().getYear() == b.date().getYear() && quarter(a.date()) == quarter(b.date());
    }
}
