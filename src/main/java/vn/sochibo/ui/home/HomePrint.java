package vn.sochibo.ui.home;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import vn.sochibo.ui.common.UiContext;

/** Prints a picture of the home screen's reminders and charts on one landscape A4 page. */
final class HomePrint {
    private HomePrint() {
    }

    /** Asks for the printer and prints the node scaled to the page; without a printer says so as the preview does. */
    static void print(UiContext ui, Window owner, Node node) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || Printer.getDefaultPrinter() == null) {
            ui.dialogs().showInfo(ui.i18n().tr("print.noPrinter"));
            return;
        }
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(layout);
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        WritableImage image = node.snapshot(null, null);
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        PageLayout chosen = job.getJobSettings().getPageLayout();
        double scale = Math.min(1, Math.min(chosen.getPrintableWidth() / image.getWidth(),
                chosen.getPrintableHeight() / image.getHeight()));
        view.setFitWidth(image.getWidth() * scale);
        if (job.printPage(chosen, view)) {
            job.endJob();
        } else {
            job.cancelJob();
            ui.dialogs().showError(ui.i18n().tr("home.print.failed"));
        }
    }
}
