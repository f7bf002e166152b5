package vn.sochibo.service.bench;

import java.util.Locale;
import java.util.Objects;

/** One measured figure: a short name, its value and its unit (ms, MB, count). */
public record Figure(String name, double value, String unit) {
    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
    }

    /** The figure as one tab-separated line: name, value (one decimal, or a whole count), unit. */
    public String line() {
        String shown = unit.equals("count") ? String.valueOf(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value);
        return name + "\t" + shown + "\t" + unit;
    }
}
