package vn.sochibo.ui.home;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Window;
import vn.sochibo.service.Services;
import vn.sochibo.ui.common.Screen;
import vn.sochibo.ui.common.UiContext;

/** The home screen: reminders computed from the branch's data and charts. */
public final class HomeScreen implements Screen {
    private final Label pending = new Label("…");

    private HomeScreen() {
    }

    /** The screen over the open database; {@code owner} is the window its dialogs belong to. */
    public static Screen create(UiContext ui, Services services, Supplier<Window> owner) {
        return new HomeScreen();
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
