package vn.sochibo.model.report.summary;

/**
 * Study sessions of the period (rules.md §7): sessions held, member-times expected and completed (make-ups
 * included, and how many of them by make-up), the target rate in percent, sessions reaching it, and the members
 * who still owe attendance or a written reflection (counted per session).
 */
public record StudyTally(int sessions, int expected, int completed, int madeUp, int targetPercent,
                         int sessionsOnTarget, int attendanceOwed, int reflectionsOwed) {

    /** Completed over expected as a fraction, or null when nobody was expected. */
    public Double rate() {
        return expected == 0 ? null : (double) completed / expected;
    }

    /** The target as a fraction (0.95). */
    public double target() {
        return targetPercent / 100.0;
    }
}
