package vn.sochibo.ui.settings;

import javafx.stage.Window;
import vn.sochibo.ui.common.UiContext;

/** The settings dialog (placeholder until the form is written). */
public final class SettingsDialogController {
    private SettingsDialogController() {
    }

    /** Shows the settings; true when language or text size changed and the window must be rebuilt. */
    public static boolean show(UiContext ui, Window owner) {
        return false;
    }
}
