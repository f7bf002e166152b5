package vn.sochibo.export.doc;

/** Page margins of an A4 page in millimetres (default 20/20/30/15, a setting of the branch profile). */
public record PageMargins(int topMm, int bottomMm, int leftMm, int rightMm) {
    public static final PageMargins DEFAULT = new PageMargins(20, 20, 30, 15);
    /** A4 width and height in millimetres. */
    public static final int A4_WIDTH_MM = 210;
    public static final int A4_HEIGHT_MM = 297;
}
