package vn.sochibo.model.member;

/** Numbers of the probation period (rules.md §10): 12 months, recognition usually within about 15 months. */
public final class ProbationRules {
    /** Probation lasts 12 months from the admission ceremony. */
    public static final int PROBATION_MONTHS = 12;
    /**
     * Ceremony within 30 working days of the decision, vote within 30 working days after the 12 months: a
     * recognition later than this many months after the decision is unusual and warned about.
     */
    public static final int USUAL_RECOGNITION_MONTHS = 15;

    private ProbationRules() {
    }
}
