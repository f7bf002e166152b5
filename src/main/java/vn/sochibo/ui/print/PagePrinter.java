package vn.sochibo.ui.print;

/** Prints the previewed document, behind an interface so the preview's logic is tested without a printer. */
public interface PagePrinter {
    /** Asks for the printer and prints every page; never throws. */
    PrintResult print();
}
