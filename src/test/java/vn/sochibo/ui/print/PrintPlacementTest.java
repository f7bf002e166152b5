package vn.sochibo.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.sochibo.export.doc.PageMargins;

/** Where a page lands on the printer's paper. */
class PrintPlacementTest {
    private final PageGeometry a4 = PageGeometry.a4(PageMargins.DEFAULT);

    @Test
    void of_printableAreaHoldsTheTextBox_keepsTrueSizeAndPaperPosition() {
        PrintPlacement p = PrintPlacement.of(a4, 12, 14, a4.width() - 24, a4.height() - 28);
        assertEquals(1, p.scale(), 1e-9);
        assertEquals(-12, p.dx(), 1e-9);
        assertEquals(-14, p.dy(), 1e-9);
    }

    @Test
    void of_printerMarginsWiderThanTheDocument_shrinksThePageIntoTheArea() {
        PrintPlacement p = PrintPlacement.of(a4, 100, 100, a4.width() - 200, a4.height() - 200);
        assertEquals((a4.width() - 200) / a4.width(), p.scale(), 1e-9);
        assertEquals(0, p.dx(), 1e-9);
    }
}
