package vn.sochibo.ui.common;

import javafx.scene.Parent;

/** A screen shown in the main window's centre: its view, and a refresh run each time it is shown. */
public interface Screen {
    /** The view (built on first call). */
    Parent root();

    /** Reloads what the screen shows from the data. */
    void refresh();
}
