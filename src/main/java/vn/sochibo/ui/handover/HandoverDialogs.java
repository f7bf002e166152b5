package vn.sochibo.ui.handover;

import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.stage.Window;
import vn.sochibo.service.handover.HandoverService;
import vn.sochibo.ui.backup.DatabaseHandle;
import vn.sochibo.ui.common.UiContext;

/**
 * The hand-over kit from the main window: create one for a successor, or open one received from a predecessor.
 * The owner window shows a busy cursor while the work runs off the FX thread.
 */
public final class HandoverDialogs {
    private HandoverDialogs() {
    }

    /** Asks where to save the kit, writes it off the FX thread and reports its path. */
    public static void create(UiContext ui, Window owner, DatabaseHandle handle) {
        actions(ui, owner, handle).create();
    }

    /**
     * Chooses a kit, confirms that the current data is kept as a copy, closes the database, opens the kit and
     * reopens the database (also after a failure), then reports.
     */
    public static void open(UiContext ui, Window owner, DatabaseHandle handle) {
        actions(ui, owner, handle).open();
    }

    private static HandoverActions actions(UiContext ui, Window owner, DatabaseHandle handle) {
        return new HandoverActions(ui, handle, new HandoverService(ui.clock()), () -> busy(owner, true),
                () -> busy(owner, false));
    }

    private static void busy(Window owner, boolean on) {
        Scene scene = owner == null ? null : owner.getScene();
        if (scene != null) {
            scene.setCursor(on ? Cursor.WAIT : Cursor.DEFAULT);
        }
    }
}
