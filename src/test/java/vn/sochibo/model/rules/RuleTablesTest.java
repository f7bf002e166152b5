package vn.sochibo.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dated rule tables: every decision has a threshold with its legal basis; grades come from the 2018 bands. */
class RuleTablesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @ParameterizedTest
    @ValueSource(strings = {"ORDINARY", "ADMISSION", "RECOGNITION", "DISCIPLINE"})
    void voteThresholds_everyDecision_hasARuleWithItsLegalBasis(String decision) {
        Threshold t = VoteThresholds.on(decision, DAY);
        assertFalse(t.legalBasis().isBlank());
        assertFalse(t.effectiveFrom().isAfter(DAY));
    }

    @Test
    void voteThresholds_unknownDecision_refused() {
        assertThrows(IllegalArgumentException.class, () -> VoteThresholds.on("EXPULSION", DAY));
    }

    @Test
    void threshold_strictHalfAndTwoThirds_printAndCountAsTheRulesSay() {
        Threshold half = VoteThresholds.on("ORDINARY", DAY);
        Threshold twoThirds = VoteThresholds.on("ADMISSION", DAY);
        assertEquals("> 1/2", half.text());
        assertEquals("≥ 2/3", twoThirds.text());
        assertEquals(5, half.minimumYes(8));
        assertEquals(10, twoThirds.minimumYes(15));
        assertFalse(half.met(0, 0));
    }

    @Test
    void gradeThresholds_bandsHighestFirst_lastTakesEveryScore() {
        assertEquals("GOOD", GradeThresholds.grade(DAY, 90, true));
        assertEquals("FAIR", GradeThresholds.grade(DAY, 100, false));
        assertEquals("POOR", GradeThresholds.grade(DAY, 0, true));
        assertEquals(4, GradeThresholds.on(DAY).size());
    }
}
