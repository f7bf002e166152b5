package vn.sochibo.export.report;

import java.util.List;
import vn.sochibo.export.SheetModel;

/**
 * One worksheet of the summary with the body cells (row and column from 0) that hold a rate shown as a percent,
 * and the body rows printed bold (group headings and totals).
 */
public record SummarySheet(SheetModel model, List<Cell> percents, List<Integer> boldRows) {
    public SummarySheet {
        percents = List.copyOf(percents);
        boldRows = List.copyOf(boldRows);
    }

    /** A body cell: its row among the body rows and its column, both from 0. */
    public record Cell(int row, int column) {
    }
}
