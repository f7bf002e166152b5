package vn.sochibo.export;

import java.util.List;

/**
 * One line of the title block above a table. Its cells share the table width equally, each centred in its part:
 * one cell spans the whole width, two cells give the left and right blocks of a Party document header.
 */
public record TitleLine(List<TitleCell> cells) {
    public TitleLine {
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a title line needs at least one cell");
        }
    }

    /** A line centred over the whole table. */
    public static TitleLine centred(TitleCell cell) {
        return new TitleLine(List.of(cell));
    }

    /** A line with a left and a right block. */
    public static TitleLine split(TitleCell left, TitleCell right) {
        return new TitleLine(List.of(left, right));
    }

    /** An empty line. */
    public static TitleLine blank(int points) {
        return centred(TitleCell.plain("", points));
    }
}
