package vn.sochibo.ui.report;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Window;
import vn.sochibo.service.Services;
import vn.sochibo.ui.common.Screen;
import vn.sochibo.ui.common.UiContext;

/** The reports screen: the monthly report for the ward committee and the quarterly and yearly summaries. */
public final class ReportScreen implements Screen {
    private final Label pending = new Label("…");

    private ReportScreen() {
    }

    /** The screen over the open database; {@code owner} is the window its dialogs belong to. */
    public static Screen create(UiContext ui, Services services, Supplier<Window> owner) {
        return new ReportScreen();
    }

    @Override
    public Parent root() {
        return pending;
    }

    @Override
    public void refresh() {
        // pending: filled by the screen's own work
    }
}
