package vn.sochibo.model.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.Issue;
import vn.sochibo.model.rules.Threshold;
import vn.sochibo.model.rules.VoteThresholds;

/**
 * Votes judged by the rules of rules.md §3.3: the share of "tán thành" over the denominator (never over those
 * present) against the dated threshold of the decision; only official members present may be counted.
 */
public final class VoteRules {
    private VoteRules() {
    }

    /** The threshold of a decision type in force on a date. */
    public static Threshold threshold(DecisionType decision, LocalDate date) {
        return VoteThresholds.on(decision.name(), date);
    }

    /** The vote judged over {@code denominator} with its decision's threshold on {@code date}. */
    public static VoteOutcome outcome(Vote vote, int denominator, LocalDate date) {
        Threshold t = threshold(vote.decision(), date);
        double percent = denominator <= 0 ? 0 : 100.0 * vote.yes() / denominator;
        return new VoteOutcome(vote, denominator, t.met(vote.yes(), denominator), percent, t.text(), t.legalBasis());
    }

    /** What is wrong with a vote's entries: a subject is required; the counts may not exceed officials present. */
    public static List<Issue> check(Vote vote, int presentOfficial) {
        List<Issue> issues = new ArrayList<>();
        if (vote.subject().isEmpty()) {
            issues.add(Issue.error("vote.field.subject", "vote.error.subjectRequired"));
        }
        if (vote.cast() > presentOfficial) {
            issues.add(Issue.error("vote.field.counts", "vote.error.aboveOfficialsPresent",
                    String.valueOf(vote.cast()), String.valueOf(presentOfficial)));
        }
        return issues;
    }

    /** True when the decision can still pass if every official member present votes for it. */
    public static boolean stillPossible(DecisionType decision, int denominator, int presentOfficial, LocalDate date) {
        return threshold(decision, date).met(Math.min(presentOfficial, denominator), denominator);
    }

    /** As {@link #stillPossible(DecisionType, int, int, LocalDate)} with the latest row of the table. */
    public static boolean stillPossible(DecisionType decision, int denominator, int presentOfficial) {
        return stillPossible(decision, denominator, presentOfficial, LocalDate.MAX);
    }
}
