package vn.sochibo.model.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/** Party badge milestones and award occasions (rules.md §5.7), a dated table with its legal basis. */
public final class BadgeRules {
    /** Since when the table holds. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2025, 7, 1);
    /** The text the milestones and occasions come from. */
    public static final String BASIS = "Điều lệ Đảng, Quy định 294-QĐ/TW (Huy hiệu Đảng)";
    /** Years of party age that earn a badge. */
    public static final List<Integer> MILESTONES = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);
    /** Days on which badges are awarded: 3/2, 19/5, 2/9, 7/11. */
    public static final List<MonthDay> OCCASIONS = List.of(MonthDay.of(2, 3), MonthDay.of(5, 19),
            MonthDay.of(9, 2), MonthDay.of(11, 7));
    /** How many months before the occasion the reminder shows, so the file can be prepared. */
    public static final int LEAD_MONTHS = 6;

    private BadgeRules() {
    }

    /** The first award occasion on or after the day. */
    public static LocalDate nextOccasion(LocalDate day) {
        for (int year = day.getYear(); ; year++) {
            for (MonthDay md : OCCASIONS) {
                LocalDate occasion = md.atYear(year);
                if (!occasion.isBefore(day)) {
                    return occasion;
                }
            }
        }
    }

    /** True when the reminder for an occasion shows on the day: from six months before up to the occasion. */
    public static boolean shownOn(LocalDate occasion, LocalDate day) {
        return !day.isBefore(occasion.minusMonths(LEAD_MONTHS)) && !day.isAfter(occasion);
    }
}
