package vn.sochibo.ui.print;

/**
 * How a page node sits on the printer's paper: at its true size with page coordinates equal to paper coordinates
 * when the printer's printable area holds the text box (the usual case, so margins match the Word file), otherwise
 * shrunk to fit the printable area. {@code dx, dy} are in printable-area coordinates after scaling.
 */
public record PrintPlacement(double scale, double dx, double dy) {
    /** Placement of a page of {@code page} geometry in a printable area starting at (areaX, areaY) on the paper. */
    public static PrintPlacement of(PageGeometry page, double areaX, double areaY, double areaWidth,
                                    double areaHeight) {
        boolean fits = areaX <= page.left() + 0.5 && areaY <= page.top() + 0.5
                && areaX + areaWidth >= page.width() - page.right() - 0.5
                && areaY + areaHeight >= page.textBottom() - 0.5;
        if (fits) {
            return new PrintPlacement(1, -areaX, -areaY);
        }
        double scale = Math.min(areaWidth / page.width(), areaHeight / page.height());
        return new PrintPlacement(scale, 0, 0);
    }
}
