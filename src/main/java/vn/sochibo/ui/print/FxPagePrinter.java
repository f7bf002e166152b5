package vn.sochibo.ui.print;

import java.util.List;
import java.util.function.Supplier;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Window;
import vn.sochibo.export.doc.PartyDocument;

/**
 * Prints a document through JavaFX printing: the print dialog, then each page laid out afresh on A4 at its true
 * size (shrunk only when the printer cannot reach the document's margins). No printer means no job at all.
 */
public final class FxPagePrinter implements PagePrinter {
    private final Window owner;
    private final PageLayout layout;
    private final PartyDocument doc;
    private final Supplier<PrinterJob> jobs;

    public FxPagePrinter(Window owner, PageLayout layout, PartyDocument doc, Supplier<PrinterJob> jobs) {
        this.owner = owner;
        this.layout = layout;
        this.doc = doc;
        this.jobs = jobs;
    }

    /** A printer of the document on the computer's printers. */
    public static FxPagePrinter system(Window owner, PageLayout layout, PartyDocument doc) {
        return new FxPagePrinter(owner, layout, doc, PrinterJob::createPrinterJob);
    }

    @Override
    public PrintResult print() {
        PrinterJob job = jobs.get();
        if (job == null) {
            return PrintResult.of(PrintResult.Status.NO_PRINTER);
        }
        String name = job.getPrinter() == null ? "" : job.getPrinter().getName();
        try {
            if (!job.showPrintDialog(owner)) {
                job.cancelJob();
                return PrintResult.of(PrintResult.Status.CANCELLED);
            }
            name = job.getPrinter().getName();
            int printed = printPages(job);
            return new PrintResult(printed >= 0 && job.endJob() ? PrintResult.Status.PRINTED
                    : PrintResult.Status.FAILED, name, Math.max(printed, 0));
        } catch (RuntimeException e) {
            job.cancelJob();
            return new PrintResult(PrintResult.Status.FAILED, name, 0);
        }
    }

    /** Prints every page; the number printed, or -1 when the printer refused one (the job is then cancelled). */
    private int printPages(PrinterJob job) {
        Printer printer = job.getPrinter();
        javafx.print.PageLayout a4 = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
        job.getJobSettings().setPageLayout(a4);
        PrintPlacement place = PrintPlacement.of(PageGeometry.a4(doc.margins()), a4.getLeftMargin(),
                a4.getTopMargin(), a4.getPrintableWidth(), a4.getPrintableHeight());
        List<Pane> pages = layout.pages(doc);
        for (Pane page : pages) {
            page.getTransforms().setAll(new Translate(place.dx(), place.dy()), new Scale(place.scale(),
                    place.scale()));
            // a scene of its own gives the page its CSS and layout pass, as in the preview
            new Scene(new Group(page));
            if (!job.printPage(a4, page)) {
                job.cancelJob();
                return -1;
            }
        }
        return pages.size();
    }
}
