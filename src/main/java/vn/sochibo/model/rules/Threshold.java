package vn.sochibo.model.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pass threshold in force from a date: a share of the denominator ({@code numerator/denominator}) that the
 * "tán thành" count must exceed ({@code strict}, "&gt; 1/2") or reach ("≥ 2/3"), with the text that lays it down.
 */
public record Threshold(LocalDate effectiveFrom, int numerator, int denominator, boolean strict, String legalBasis) {
    public Threshold {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("fraction " + numerator + "/" + denominator);
        }
        legalBasis = legalBasis == null ? "" : legalBasis;
    }

    /** True when {@code yes} of {@code total} meets the threshold (never over an empty denominator). */
    public boolean met(int yes, int total) {
        if (total <= 0) {
            return false;
        }
        long left = (long) yes * denominator;
        long right = (long) numerator * total;
        return strict ? left > right : left >= right;
    }

    /** The least "tán thành" count that passes over {@code total}. */
    public int minimumYes(int total) {
        int yes = 0;
        while (yes <= total && !met(yes, total)) {
            yes++;
        }
        return yes;
    }

    /** The rule as printed in minutes: "&gt; 1/2" or "≥ 2/3". */
    public String text() {
        return (strict ? "> " : "≥ ") + numerator + "/" + denominator;
    }
}
