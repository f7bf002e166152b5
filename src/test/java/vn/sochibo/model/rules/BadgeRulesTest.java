package vn.sochibo.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Badge award occasions: 3/2, 19/5, 2/9, 7/11, on or after the milestone, shown six months ahead. */
class BadgeRulesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-02-03, 2026-02-03",   // exactly on an award date
            "2026-02-04, 2026-05-19",
            "2026-02-28, 2026-05-19",
            "2026-05-20, 2026-09-02",
            "2026-09-03, 2026-11-07",
            "2026-11-08, 2027-02-03",
            "2028-02-29, 2028-05-19"
    })
    void nextOccasion_onOrAfterTheDay_isTheFirstAwardDate(LocalDate day, LocalDate expected) {
        assertEquals(expected, BadgeRules.nextOccasion(day));
    }

    @ParameterizedTest(name = "occasion {0}, day {1}: {2}")
    @CsvSource({
            "2026-02-03, 2025-08-03, true",
            "2026-02-03, 2025-08-02, false",
            "2026-02-03, 2026-02-03, true",
            "2026-02-03, 2026-02-04, false"
    })
    void shownOn_sixMonthsBeforeUpToTheOccasion(LocalDate occasion, LocalDate day, boolean shown) {
        assertEquals(shown, BadgeRules.shownOn(occasion, day));
    }
}
