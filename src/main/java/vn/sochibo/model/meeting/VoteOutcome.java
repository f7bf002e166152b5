package vn.sochibo.model.meeting;

/**
 * A vote judged against its threshold over the denominator of rules.md §3.3 (never over those present): whether
 * it passed, the share of "tán thành" in percent of the denominator, and the rule applied (e.g. "> 1/2").
 */
public record VoteOutcome(Vote vote, int denominator, boolean passed, double percent, String thresholdText,
                          String legalBasis) {
}
