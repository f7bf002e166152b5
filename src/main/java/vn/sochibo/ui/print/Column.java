package vn.sochibo.ui.print;

import java.util.List;
import vn.sochibo.export.doc.Align;

/** A column of lines at a horizontal place: a table cell, or one side of the header or signature area. */
record Column(double x, double width, Align align, List<TextLine> lines) {
    Column {
        lines = List.copyOf(lines);
    }

    double height() {
        return TextLines.height(lines);
    }
}
