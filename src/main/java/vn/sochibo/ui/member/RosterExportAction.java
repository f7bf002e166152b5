package vn.sochibo.ui.member;

import vn.sochibo.service.Services;
import vn.sochibo.ui.common.UiContext;

/** Exports the register to .xlsx from the window (placeholder until it is written). */
public final class RosterExportAction {
    private RosterExportAction() {
    }

    /** Asks where to save, writes the file off the FX thread, and reports the result. */
    public static void run(UiContext ui, Services services) {
    }
}
