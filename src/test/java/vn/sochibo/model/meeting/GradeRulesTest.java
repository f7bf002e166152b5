package vn.sochibo.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Meeting grades from points and key criteria (rules.md §3.5) and the points range. */
class GradeRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @ParameterizedTest(name = "{0} points, key criteria {1} -> {2}")
    @CsvSource({"100, true, GOOD", "90, true, GOOD", "90, false, FAIR", "95, false, FAIR", "89, true, FAIR",
        "89, false, FAIR", "70, true, FAIR", "69, true, AVERAGE", "50, false, AVERAGE", "49, true, POOR",
        "0, false, POOR"})
    void grade_pointsAndKeyCriteria_giveTheGradeOfTheTable(int points, boolean keyMet, MeetingGrade grade) {
        assertEquals(grade, GradeRules.grade(DAY, points, keyMet));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void check_pointsOutsideZeroToHundred_refusedNamingThePoints(int points) {
        assertEquals("grade.field.points", GradeRules.check(points).get(0).field());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100})
    void check_pointsAtTheEnds_accepted(int points) {
        assertTrue(GradeRules.check(points).isEmpty());
    }
}
