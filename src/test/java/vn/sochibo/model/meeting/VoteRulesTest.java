package vn.sochibo.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sochibo.model.Issue;

/** Vote thresholds over the denominator of rules.md §3.3, the count check and whether passing is still possible. */
class VoteRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    private static Vote vote(DecisionType decision, int yes, int against, int other) {
        return new Vote(0, 1, 1, "Kết nạp quần chúng Nguyễn Văn An", decision, VoteMethod.HANDS, yes, against, other);
    }

    @ParameterizedTest(name = "{0}: {1}/{2} -> {3}")
    @CsvSource({
        "ADMISSION, 6, 9, true", "ADMISSION, 5, 9, false", "ADMISSION, 8, 12, true", "ADMISSION, 7, 12, false",
        "RECOGNITION, 10, 15, true", "RECOGNITION, 9, 15, false",
        "ORDINARY, 5, 10, false", "ORDINARY, 6, 10, true", "ORDINARY, 2, 4, false", "ORDINARY, 3, 4, true",
        "ORDINARY, 5, 9, true", "ORDINARY, 4, 9, false", "DISCIPLINE, 6, 12, false", "DISCIPLINE, 7, 12, true",
        "ORDINARY, 0, 0, false"})
    void outcome_yesOverDenominator_passesByDecisionThreshold(DecisionType decision, int yes, int denominator,
                                                              boolean passed) {
        assertEquals(passed, VoteRules.outcome(vote(decision, yes, 0, 0), denominator, DAY).passed());
    }

    @Test
    void outcome_twoThirdsExactly_showsPercentOfDenominatorAndRule() {
        VoteOutcome o = VoteRules.outcome(vote(DecisionType.ADMISSION, 6, 1, 0), 9, DAY);
        assertEquals(66.67, o.percent(), 0.01);
        assertEquals("≥ 2/3", o.thresholdText());
        assertTrue(o.legalBasis().contains("06-HD/TW"));
        assertEquals(9, o.denominator());
    }

    @Test
    void outcome_ordinary_showsStrictHalfAndCharterBasis() {
        VoteOutcome o = VoteRules.outcome(vote(DecisionType.ORDINARY, 5, 0, 0), 10, DAY);
        assertEquals("> 1/2", o.thresholdText());
        assertEquals(50.0, o.percent(), 0.001);
        assertTrue(o.legalBasis().contains("294-QĐ/TW"));
    }

    @Test
    void check_countsAboveOfficialsPresent_refusedNamingTheCounts() {
        List<Issue> issues = VoteRules.check(vote(DecisionType.ORDINARY, 6, 1, 1), 7);
        assertEquals(1, issues.size());
        assertEquals("vote.field.counts", issues.get(0).field());
        assertEquals(List.of("8", "7"), issues.get(0).args());
    }

    @Test
    void check_countsEqualToOfficialsPresent_accepted() {
        assertTrue(VoteRules.check(vote(DecisionType.ORDINARY, 5, 1, 1), 7).isEmpty());
    }

    @Test
    void check_emptySubject_refusedNamingTheSubject() {
        Vote v = new Vote(0, 1, 1, "  ", DecisionType.ORDINARY, VoteMethod.HANDS, 1, 0, 0);
        assertEquals("vote.field.subject", VoteRules.check(v, 5).get(0).field());
    }

    @ParameterizedTest(name = "{0}: {2} present of {1} -> {3}")
    @CsvSource({"ADMISSION, 9, 5, false", "ADMISSION, 9, 6, true", "ORDINARY, 10, 5, false",
        "ORDINARY, 10, 6, true", "RECOGNITION, 12, 7, false", "RECOGNITION, 12, 8, true"})
    void stillPossible_withThosePresent_whenAllOfThemAgreeWouldPass(DecisionType decision, int denominator,
                                                                    int present, boolean possible) {
        assertEquals(possible, VoteRules.stillPossible(decision, denominator, present));
    }

    @Test
    void threshold_minimumYes_isTheLeastPassingCount() {
        assertEquals(6, VoteRules.threshold(DecisionType.ADMISSION, DAY).minimumYes(9));
        assertEquals(6, VoteRules.threshold(DecisionType.ORDINARY, DAY).minimumYes(10));
        assertFalse(VoteRules.stillPossible(DecisionType.ORDINARY, 0, 0));
    }
}
