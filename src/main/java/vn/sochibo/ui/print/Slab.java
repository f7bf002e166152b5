package vn.sochibo.ui.print;

import java.util.List;
import javafx.scene.layout.Pane;

/** A part of the page flow that is never cut by a page break: a line, a table row, the header, the signatures. */
interface Slab {
    double height();

    /** Space above, dropped at the top of a page. */
    default double spaceBefore() {
        return 0;
    }

    /** True when a page break must not fall right after this slab (titles, headings, table header rows). */
    default boolean keepWithNext() {
        return false;
    }

    /** The table header row to repeat above this slab when it starts a page, or null. */
    default Slab repeatedHeader() {
        return null;
    }

    /** This slab cut in two with the first part at most {@code height} tall; empty when it cannot be cut. */
    default List<Slab> split(double height) {
        return List.of();
    }

    /** Adds the slab's nodes to the page with its top at {@code top}. */
    void place(Pane page, double top);
}
