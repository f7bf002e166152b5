package vn.sochibo.model.report.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.AppException;
import vn.sochibo.model.member.EventType;

/** Periods, rates and movement kinds of the summary, without any database. */
class SummaryPeriodTest {
    @Test
    void quarter_four_runsFromFirstOctoberToNewYearsEve() {
        SummaryPeriod q4 = SummaryPeriod.quarter(2026, 4);
        assertEquals(d("2026-10-01"), q4.from());
        assertEquals(d("2026-12-31"), q4.to());
        assertEquals(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12)), q4.months());
    }

    @Test
    void quarter_one_containsLeapDayAndLastOfMarchButNotFirstOfApril() {
        SummaryPeriod q1 = SummaryPeriod.quarter(2028, 1);
        assertTrue(q1.contains(d("2028-02-29")));
        assertTrue(q1.contains(d("2028-03-31")));
        assertFalse(q1.contains(d("2028-04-01")));
        assertFalse(q1.contains(d("2027-12-31")));
    }

    @Test
    void year_hasTwelveMonths() {
        assertEquals(12, SummaryPeriod.year(2026).months().size());
        assertEquals(d("2026-01-01"), SummaryPeriod.year(2026).from());
    }

    @Test
    void quarter_zeroOrFive_isRefusedNamingTheValue() {
        AppException e = assertThrows(AppException.class, () -> SummaryPeriod.quarter(2026, 0));
        assertEquals("summary.error.quarter", e.key());
        assertThrows(AppException.class, () -> SummaryPeriod.quarter(2026, 5));
    }

    @Test
    void tally_rates_leaveOutNotExpectedAndExcusedAsTheRulesSay() {
        Tally t = new Tally(10, 7, 2, 1, 0);
        assertEquals(0.7, t.rate(), 1e-9);
        assertEquals(7.0 / 8, t.gradingRate(), 1e-9);
        assertNull(Tally.ZERO.rate());
        assertEquals(new Tally(20, 14, 4, 2, 0), t.plus(t));
    }

    @Test
    void movementKind_temporaryExemption_countsAsExemptionAndReturnIsNotCounted() {
        assertEquals(MovementKind.EXEMPTED, MovementKind.of(EventType.EXEMPTED_TEMPORARILY));
        assertNull(MovementKind.of(EventType.RETURNED));
        assertNull(MovementKind.of(EventType.INTERRUPTED));
    }
}
