package vn.sochibo.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Printing when the computer has no printer: JavaFX gives no job, and nothing else is tried. */
class FxPagePrinterTest {
    @Test
    void print_noPrinterJob_isNoPrinter() {
        FxPagePrinter printer = new FxPagePrinter(null, null, SampleDocuments.paragraphs(1,
                vn.sochibo.export.doc.PageMargins.DEFAULT), () -> null);
        assertEquals(PrintResult.Status.NO_PRINTER, printer.print().status());
    }
}
