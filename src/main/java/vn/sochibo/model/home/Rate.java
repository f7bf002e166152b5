package vn.sochibo.model.home;

import java.util.Locale;

/** One bar of a home chart: its label, how many took part, how many were expected; no rate when none expected. */
public record Rate(String label, int done, int expected) {
    public Rate {
        label = label == null ? "" : label;
        if (done < 0 || expected < 0) {
            throw new IllegalArgumentException("negative count in " + label);
        }
    }

    /** The rate in percent, or 0 when nobody was expected. */
    public double percent() {
        return expected == 0 ? 0 : done * 100.0 / expected;
    }

    /** True when somebody was expected, so the bar means something. */
    public boolean hasData() {
        return expected > 0;
    }

    /** The rate rounded to a whole percent with its sign ("92%"), or "–" when nobody was expected. */
    public String percentText() {
        return expected == 0 ? "–" : String.format(Locale.ROOT, "%d%%", Math.round(percent()));
    }
}
