package vn.sochibo.model.report.summary;

/**
 * Attendance counted over one or more meetings, in member-times (lượt): members expected (not exempted, away,
 * suspended or attached), present, absent with and without reason, and expected but not yet marked.
 */
public record Tally(int expected, int present, int excused, int unexcused, int unmarked) {
    /** Nothing counted. */
    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

    /** The sum of two tallies. */
    public Tally plus(Tally o) {
        return new Tally(expected + o.expected, present + o.present, excused + o.excused, unexcused + o.unexcused,
                unmarked + o.unmarked);
    }

    /** Present over expected as a fraction (0.95 is 95%), or null when nobody was expected. */
    public Double rate() {
        return expected == 0 ? null : (double) present / expected;
    }

    /** The rate used for grading meetings (rules.md §6): present over present plus unexcused, or null. */
    public Double gradingRate() {
        return present + unexcused == 0 ? null : (double) present / (present + unexcused);
    }
}
