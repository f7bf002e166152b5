package vn.sochibo.ui.print;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import vn.sochibo.ui.common.UiContext;

/**
 * The print preview's state and actions: zoom in steps, "page x of n" for the page in view, printing with the
 * no-printer answer (offer the Word file instead), saving as Word, and closing.
 */
public final class PrintPreviewViewModel {
    /** Zoom steps; 1.25 shows an A4 page about life size on a common screen. */
    static final double[] ZOOMS = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0};
    static final int DEFAULT_ZOOM = 3;
    private final UiContext ui;
    private final PagePrinter printer;
    private final Runnable saveWord;
    private final IntegerProperty zoomStep = new SimpleIntegerProperty(DEFAULT_ZOOM);
    private final DoubleProperty zoom = new SimpleDoubleProperty(ZOOMS[DEFAULT_ZOOM]);
    private final IntegerProperty pageCount = new SimpleIntegerProperty();
    private final IntegerProperty currentPage = new SimpleIntegerProperty(1);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper();
    private final BooleanProperty closed = new SimpleBooleanProperty();

    /** The preview of {@code pages} pages; {@code saveWord} saves the Word file (null when there is none). */
    public PrintPreviewViewModel(UiContext ui, PagePrinter printer, Runnable saveWord, int pages) {
        this.ui = ui;
        this.printer = printer;
        this.saveWord = saveWord;
        pageCount.set(pages);
        zoomStep.addListener((o, was, step) -> zoom.set(ZOOMS[step.intValue()]));
        zoom.addListener((o, was, now) -> updateTexts());
        currentPage.addListener((o, was, now) -> updateTexts());
        updateTexts();
    }

    private void updateTexts() {
        pageText.set(ui.i18n().tr("print.page", String.valueOf(currentPage.get()), String.valueOf(pageCount.get())));
        zoomText.set(ui.i18n().tr("print.zoom", String.valueOf(Math.round(zoom.get() * 100))));
    }

    public void zoomIn() {
        zoomStep.set(Math.min(ZOOMS.length - 1, zoomStep.get() + 1));
    }

    public void zoomOut() {
        zoomStep.set(Math.max(0, zoomStep.get() - 1));
    }

    /** Prints; with no printer, says so and offers to save the Word file. */
    public void print() {
        PrintResult result = printer.print();
        switch (result.status()) {
            case NO_PRINTER -> noPrinter();
            case PRINTED -> ui.dialogs().showInfo(ui.i18n().tr("print.done", String.valueOf(result.pages()),
                    result.printer()));
            case FAILED -> ui.dialogs().showError(ui.i18n().tr("print.failed", result.printer()));
            case CANCELLED -> { }
        }
    }

    private void noPrinter() {
        if (saveWord == null) {
            ui.dialogs().showInfo(ui.i18n().tr("print.noPrinter"));
        } else if (ui.dialogs().confirm(ui.i18n().tr("print.noPrinter.saveWord"))) {
            saveWord.run();
        }
    }

    public void saveWord() {
        if (saveWord != null) {
            saveWord.run();
        }
    }

    public boolean canSaveWord() {
        return saveWord != null;
    }

    public void close() {
        closed.set(true);
    }

    /** Follows the scroll position: the page whose area holds the middle of the view (1-based). */
    public void scrolledTo(double viewTop, double viewHeight, double firstPageTop, double pageStride) {
        int index = (int) Math.floor((viewTop + viewHeight / 2 - firstPageTop) / pageStride);
        currentPage.set(Math.max(1, Math.min(pageCount.get(), index + 1)));
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyIntegerProperty zoomStepProperty() {
        return zoomStep;
    }

    public ReadOnlyIntegerProperty currentPageProperty() {
        return currentPage;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty zoomTextProperty() {
        return zoomText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed;
    }
}
