package vn.sochibo.ui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;

/**
 * A table row with thin borders around each cell; a row taller than a page is cut between lines, and the table's
 * header row is repeated above a row that starts a page.
 */
final class RowSlab implements Slab {
    static final double PAD_H = 4;
    static final double PAD_V = 2;
    static final double BORDER = 0.5;
    private final List<Column> cells;
    private final RowSlab header;
    private final boolean keepWithNext;
    private final double spaceBefore;

    RowSlab(List<Column> cells, RowSlab header, boolean keepWithNext, double spaceBefore) {
        this.cells = List.copyOf(cells);
        this.header = header;
        this.keepWithNext = keepWithNext;
        this.spaceBefore = spaceBefore;
    }

    @Override
    public double height() {
        return cells.stream().mapToDouble(Column::height).max().orElse(0) + 2 * PAD_V;
    }

    @Override
    public double spaceBefore() {
        return spaceBefore;
    }

    @Override
    public boolean keepWithNext() {
        return keepWithNext;
    }

    @Override
    public Slab repeatedHeader() {
        return header;
    }

    @Override
    public List<Slab> split(double height) {
        List<Column> first = new ArrayList<>();
        List<Column> rest = new ArrayList<>();
        boolean any = false;
        for (Column c : cells) {
            int n = 0;
            double used = 2 * PAD_V;
            while (n < c.lines().size() && used + c.lines().get(n).height() <= height) {
                used += c.lines().get(n++).height();
            }
            any |= n > 0;
            first.add(new Column(c.x(), c.width(), c.align(), c.lines().subList(0, n)));
            rest.add(new Column(c.x(), c.width(), c.align(), c.lines().subList(n, c.lines().size())));
        }
        return any ? List.of(new RowSlab(first, header, false, spaceBefore), new RowSlab(rest, header, keepWithNext, 0))
                : List.of();
    }

    @Override
    public void place(Pane page, double top) {
        double h = height();
        for (Column c : cells) {
            Rectangle border = new Rectangle(c.x(), top, c.width(), h);
            border.setFill(null);
            border.setStroke(Color.BLACK);
            border.setStrokeWidth(BORDER);
            border.setStrokeType(StrokeType.INSIDE);
            page.getChildren().add(border);
            TextLines.placeAll(page, c.lines(), c.x() + PAD_H, top + PAD_V, c.width() - 2 * PAD_H, c.align());
        }
    }
}
