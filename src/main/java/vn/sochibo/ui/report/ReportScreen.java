package vn.sochibo.ui.report;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Window;
import vn.sochibo.service.Services;
import vn.sochibo.ui.common.FxScheduler;
import vn.sochibo.ui.common.Screen;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.print.PrintPreview;

/** The reports screen: the monthly report for the ward committee and the quarterly and yearly summaries. */
public final class ReportScreen implements Screen {
    private final ReportController controller;
    private final ReportViewModel vm;

    private ReportScreen(ReportController controller, ReportViewModel vm) {
        this.controller = controller;
        this.vm = vm;
    }

    /** The screen over the open database; {@code owner} is the window its dialogs belong to. */
    public static Screen create(UiContext ui, Services services, Supplier<Window> owner) {
        ReportViewModel vm = new ReportViewModel(services, ui, new FxScheduler(), (doc, saveWord) ->
                PrintPreview.show(ui, owner.get(), doc, ui.i18n().tr("report.preview.title"), saveWord));
        return new ReportScreen(new ReportController(ui, vm), vm);
    }

    @Override
    public Parent root() {
        return controller.root();
    }

    @Override
    public void refresh() {
        vm.load();
    }
}
