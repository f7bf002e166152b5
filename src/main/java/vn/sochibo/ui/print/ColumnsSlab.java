package vn.sochibo.ui.print;

import java.util.List;
import javafx.scene.layout.Pane;

/** Borderless columns side by side, kept together: the signature area, and the body of the document header. */
record ColumnsSlab(List<Column> columns, double spaceBefore) implements Slab {
    ColumnsSlab {
        columns = List.copyOf(columns);
    }

    @Override
    public double height() {
        return columns.stream().mapToDouble(Column::height).max().orElse(0);
    }

    @Override
    public void place(Pane page, double top) {
        for (Column c : columns) {
            TextLines.placeAll(page, c.lines(), c.x(), top, c.width(), c.align());
        }
    }
}
