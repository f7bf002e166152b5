package vn.sochibo.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a worksheet as plain values: its number as Excel shows it (1-based) and its cells by column index,
 * each a {@code String}, a {@code java.time.LocalDate} (date-formatted cells), a {@code Double}, or null.
 */
public record TableRow(int number, List<Object> cells) {
    public TableRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** The value in the column (0-based), or null when the cell is empty or absent. */
    public Object cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    /** True when no cell holds a value (blank text counts as empty). */
    public boolean isBlank() {
        return cells.stream().allMatch(v -> v == null || (v instanceof String s && s.isBlank()));
    }
}
