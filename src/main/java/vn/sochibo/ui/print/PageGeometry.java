package vn.sochibo.ui.print;

import vn.sochibo.export.doc.PageMargins;

/** An A4 page and its text box in points (1/72 inch), the unit of JavaFX printing and of font sizes. */
public record PageGeometry(double width, double height, double left, double top, double right, double bottom) {
    /** Points in one millimetre. */
    public static final double POINTS_PER_MM = 72 / 25.4;
    /** Distance of the page number from the top edge (as in the Word file: 10 mm, or half a narrow margin). */
    static final double PAGE_NUMBER_MM = 10;

    /** The A4 page with the document's margins. */
    public static PageGeometry a4(PageMargins m) {
        return new PageGeometry(mm(PageMargins.A4_WIDTH_MM), mm(PageMargins.A4_HEIGHT_MM), mm(m.leftMm()),
                mm(m.topMm()), mm(m.rightMm()), mm(m.bottomMm()));
    }

    public static double mm(double millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    /** Width of the text box. */
    public double textWidth() {
        return width - left - right;
    }

    /** Lowest y that text may reach. */
    public double textBottom() {
        return height - bottom;
    }

    /** Where the page number's top sits. */
    public double pageNumberTop() {
        return Math.min(mm(PAGE_NUMBER_MM), top / 2);
    }
}
