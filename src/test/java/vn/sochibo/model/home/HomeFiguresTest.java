package vn.sochibo.model.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.sochibo.testutil.Events.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The charts' period and bar labels: twelve months back from the day, rates rounded to a whole percent. */
class HomeFiguresTest {
    @Test
    void from_midJanuary_startsOnTheFirstOfFebruaryLastYear() {
        assertEquals(d("2025-02-01"), HomeFigures.from(d("2026-01-15")));
        assertEquals(d("2023-03-01"), HomeFigures.from(d("2024-02-29")));
    }

    @Test
    void attendance_noMeetings_twelveEmptyMonthsEndingThisMonth() {
        List<Rate> rates = HomeFigures.attendance(Map.of(), d("2026-01-15"));
        assertEquals(12, rates.size());
        assertEquals("02/2025", rates.get(0).label());
        assertEquals("01/2026", rates.get(11).label());
        assertEquals("–", rates.get(11).percentText());
    }

    @Test
    void rate_percentText_roundsToAWholePercent() {
        assertEquals("67%", new Rate("x", 2, 3).percentText());
        assertEquals("100%", new Rate("x", 25, 25).percentText());
        assertEquals("0%", new Rate("x", 0, 4).percentText());
        assertThrows(IllegalArgumentException.class, () -> new Rate("x", -1, 3));
    }
}
