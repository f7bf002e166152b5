package vn.sochibo.export;

import java.util.List;

/** One worksheet as plain values: its name and the rows that hold at least one value, in order. */
public record TableSheet(String name, List<TableRow> rows) {
    public TableSheet {
        rows = List.copyOf(rows);
    }
}
