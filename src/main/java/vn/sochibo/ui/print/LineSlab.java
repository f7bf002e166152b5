package vn.sochibo.ui.print;

import javafx.scene.layout.Pane;
import vn.sochibo.export.doc.Align;

/** One line of a paragraph, heading or title at its horizontal place. */
record LineSlab(TextLine line, double x, double width, Align align, double spaceBefore, boolean keepWithNext)
        implements Slab {
    @Override
    public double height() {
        return line.height();
    }

    @Override
    public void place(Pane page, double top) {
        TextLines.place(page, line, x, top, width, align);
    }
}
