package vn.sochibo.export;

/** A table column: width in characters of the body font, and whether its cells are centred. */
public record SheetColumn(int width, boolean centred) {
    public SheetColumn {
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("width " + width);
        }
    }

    public static SheetColumn left(int width) {
        return new SheetColumn(width, false);
    }

    public static SheetColumn centre(int width) {
        return new SheetColumn(width, true);
    }
}
