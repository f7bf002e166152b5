package vn.sochibo.model.study;

import java.util.Locale;

/**
 * How many of the expected members completed the study (present or made up), against the target rate in percent
 * in force on the date; the rate is empty when nobody was expected.
 */
public record Participation(int completed, int expected, int targetPercent) {

    /** The rate in percent, or -1 when nobody was expected. */
    public double percent() {
        return expected == 0 ? -1 : completed * 100.0 / expected;
    }

    /** True when the rate reaches the target (never when nobody was expected). */
    public boolean meetsTarget() {
        return expected > 0 && completed * 100L >= (long) targetPercent * expected;
    }

    /** The rate with one decimal and a dot ("66.7"), or "" when nobody was expected. */
    public String rateText() {
        return expected == 0 ? "" : String.format(Locale.ROOT, "%.1f", percent());
    }
}
