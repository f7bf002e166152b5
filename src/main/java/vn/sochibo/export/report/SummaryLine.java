package vn.sochibo.export.report;

/**
 * One row of the "Tổng hợp" sheet: its code (1, 1.1 …), the indicator, the unit, and the value (a count, a
 * fraction shown as a percentage, or null for a group heading or a rate with nothing to divide by).
 */
public record SummaryLine(String code, String label, String unit, Number value, boolean percent) {

    /** A group heading: code and name, no unit nor value. */
    static SummaryLine group(String code, String label) {
        return new SummaryLine(code, label, "", null, false);
    }

    /** A counted indicator. */
    static SummaryLine count(String code, String label, String unit, int value) {
        return new SummaryLine(code, label, unit, value, false);
    }

    /** A rate (fraction, 0.95 for 95%), empty when null. */
    static SummaryLine rate(String code, String label, Double value) {
        return new SummaryLine(code, label, "%", rounded(value), true);
    }

    /** The fraction to four decimals (0.1% shown), so that the cell holds what it shows; null stays null. */
    static Double rounded(Double fraction) {
        return fraction == null ? null : Math.round(fraction * 10_000) / 10_000.0;
    }

    /** True for a group heading. */
    public boolean isGroup() {
        return !code.contains(".");
    }
}
