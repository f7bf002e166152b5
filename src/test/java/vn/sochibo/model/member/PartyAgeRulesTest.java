package vn.sochibo.model.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;
import static vn.sochibo.testutil.Events.event;
import static vn.sochibo.testutil.Events.period;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PartyAgeRulesTest {
    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("no gaps", "1976-02-03", List.of(), "2026-02-03", 50, 0, 0),
            Arguments.of("day before the anniversary", "1976-02-03", List.of(), "2026-02-02", 49, 11, 30),
            Arguments.of("leap-day admission", "1996-02-29", List.of(), "2026-02-28", 30, 0, 0),
            Arguments.of("recorded interruption of 2 years", "1976-02-03",
                    List.of(period(EventType.INTERRUPTED, "1990-01-01", "1992-01-01")), "2026-02-03", 48, 0, 0),
            Arguments.of("removed and re-admitted 5 years later", "1970-01-01",
                    List.of(event(EventType.ADMITTED, "1970-01-01"), event(EventType.REMOVED, "1980-01-01"),
                            event(EventType.ADMITTED, "1985-01-01")), "2020-01-01", 45, 0, 0),
            Arguments.of("stops growing at death", "1970-01-01",
                    List.of(event(EventType.ADMITTED, "1970-01-01"), event(EventType.DECEASED, "2010-01-01")),
                    "2026-01-01", 40, 0, 0),
            Arguments.of("stops at expulsion without re-admission", "1970-01-01",
                    List.of(event(EventType.ADMITTED, "1970-01-01"), event(EventType.EXPELLED, "2000-01-01")),
                    "2026-01-01", 30, 0, 0),
            Arguments.of("interruption still running is counted up to the day", "2000-01-01",
                    List.of(period(EventType.INTERRUPTED, "2025-01-01", "2027-01-01")), "2026-01-01", 25, 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void partyAgeOn_tableOfCases_givesYearsMonthsDays(String name, String admission, List<MemberEvent> events,
                                                      String day, int years, int months, int days) {
        PartyAge age = PartyAgeRules.partyAgeOn(d(admission), events, d(day));
        assertEquals(List.of(years, months, days), List.of(age.years(), age.months(), age.days()));
    }

    @Test
    void partyAgeOn_beforeAdmission_isNone() {
        assertTrue(PartyAgeRules.partyAgeOn(d("2000-01-01"), List.of(), d("1999-12-31")).isNone());
    }

    @Test
    void milestone_afterGap_isShiftedByTheGap() {
        PartyAge age = PartyAgeRules.partyAgeOn(d("1976-02-03"),
                List.of(period(EventType.INTERRUPTED, "1990-01-01", "1990-01-31")), d("2026-01-01"));
        assertEquals(d("2006-03-04"), age.milestone(30));
    }
}
