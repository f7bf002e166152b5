package vn.sochibo.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.branch.MeetingDay;

/** The year plan puts a regular meeting in every month on the usual day and a thematic one in each quarter. */
class YearPlanTest {
    private static List<Meeting> plan(MeetingDay day, int year) {
        return YearPlan.of(year, day, LocalTime.of(19, 30), "Nhà văn hóa");
    }

    @ParameterizedTest
    @CsvSource({"29, 2026-02-28", "29, 2028-02-29", "30, 2026-02-28", "31, 2026-04-30", "31, 2026-05-31"})
    void of_dayOfMonthPastShortMonth_isClampedToMonthEnd(int day, LocalDate expected) {
        MeetingDay usual = new MeetingDay(MeetingDay.Kind.DAY_OF_MONTH, day, 0, null);
        List<Meeting> regular = plan(usual, expected.getYear()).stream()
                .filter(m -> m.type() == MeetingType.REGULAR).toList();
        assertEquals(expected, regular.get(expected.getMonthValue() - 1).date());
    }

    @ParameterizedTest
    @CsvSource({"1, 2026-03-01", "2, 2026-03-08", "4, 2026-03-22", "5, 2026-03-29", "5, 2026-02-22", "5, 2026-11-29"})
    void of_nthSunday_givesThatSundayAndFiveMeansLast(int nth, LocalDate expected) {
        MeetingDay usual = new MeetingDay(MeetingDay.Kind.NTH_WEEKDAY, 1, nth, DayOfWeek.SUNDAY);
        Meeting m = plan(usual, 2026).stream().filter(x -> x.type() == MeetingType.REGULAR)
                .toList().get(expected.getMonthValue() - 1);
        assertEquals(expected, m.date());
    }

    @Test
    void of_anyYear_twelveRegularAndFourThematicOnRegularDays() {
        List<Meeting> all = plan(MeetingDay.DEFAULT, 2026);
        assertEquals(12, all.stream().filter(m -> m.type() == MeetingType.REGULAR).count());
        List<Meeting> thematic = all.stream().filter(m -> m.type() == MeetingType.THEMATIC).toList();
        assertEquals(List.of(1, 2, 3, 4), thematic.stream().map(m -> YearPlan.quarter(m.date())).toList());
        thematic.forEach(t -> assertEquals(1, all.stream()
                .filter(m -> m.type() == MeetingType.REGULAR && m.date().equals(t.date())).count()));
        assertEquals(LocalTime.of(19, 30), all.get(0).startTime());
    }

    @Test
    void missing_withMovedRegularAndThematicInOtherMonthOfQuarter_leavesThemOut() {
        List<Meeting> plan = plan(MeetingDay.DEFAULT, 2026);
        List<Meeting> existing = List.of(
                Meeting.planned(MeetingType.REGULAR, LocalDate.of(2026, 1, 20), null, ""),
                Meeting.planned(MeetingType.THEMATIC, LocalDate.of(2026, 3, 15), null, ""));
        List<Meeting> missing = YearPlan.missing(plan, existing);
        assertEquals(14, missing.size());
        assertEquals(LocalDate.of(2026, 2, 1), missing.get(0).date());
    }
}
