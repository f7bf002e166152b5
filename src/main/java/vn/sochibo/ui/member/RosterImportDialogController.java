package vn.sochibo.ui.member;

import javafx.stage.Window;
import vn.sochibo.service.Services;
import vn.sochibo.ui.common.UiContext;

/** The roster import dialog (placeholder until it is written). */
public final class RosterImportDialogController {
    private RosterImportDialogController() {
    }

    /** Asks for a file, previews every problem, imports on confirmation; true when members were written. */
    public static boolean show(UiContext ui, Window owner, Services services) {
        return false;
    }
}
