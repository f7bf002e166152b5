package vn.sochibo.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.sochibo.service.reminder.HolidayTable;

/** Working days skip weekends and the Vietnamese public holidays of the bundled table. */
class WorkingDaysTest {
    private static final Set<LocalDate> HOLIDAYS = HolidayTable.vietnam();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-03-06, 1, 2026-03-09",   // Friday to Monday
            "2026-03-09, 0, 2026-03-09",
            "2025-12-31, 1, 2026-01-02",   // New Year's Day skipped
            "2026-04-29, 1, 2026-05-04",   // 30/4 and 1/5 (Thursday, Friday) skipped
            "2026-01-30, 30, 2026-03-20",  // crosses Tết 2026: 16–20/02 are not working days
            "2025-02-28, 30, 2025-04-14",  // Giỗ Tổ Hùng Vương 07/04/2025 skipped
            "2024-02-07, 1, 2024-02-15",   // Tết 2024: 08–14/02
            "2025-08-29, 1, 2025-09-03"    // Quốc khánh 2025: 01–02/09
    })
    void add_withVietnameseHolidays_skipsWeekendsAndHolidays(LocalDate start, int n, LocalDate expected) {
        assertEquals(expected, WorkingDays.add(start, n, HOLIDAYS));
    }

    @Test
    void add_withoutHolidays_deadlineAcrossTetIsOneWeekEarlier() {
        assertEquals(LocalDate.of(2026, 3, 13), WorkingDays.add(LocalDate.of(2026, 1, 30), 30, Set.of()));
    }

    @Test
    void isWorkingDay_tetAndWeekend_areNot() {
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 2, 17), HOLIDAYS));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 2, 21), Set.of()));
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2026, 2, 23), HOLIDAYS));
    }

    @ParameterizedTest(name = "Tết {0}")
    @CsvSource({"2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03"})
    void holidayTable_everyYear_holdsTheLunarNewYearAndTheFixedHolidays(LocalDate tet) {
        int y = tet.getYear();
        assertTrue(HOLIDAYS.contains(tet), "Tết");
        assertTrue(HOLIDAYS.contains(tet.plusDays(3)), "mùng 4");
        for (String md : new String[] {"01-01", "04-30", "05-01", "09-02"}) {
            assertTrue(HOLIDAYS.contains(LocalDate.parse(y + "-" + md)), md);
        }
    }
}
