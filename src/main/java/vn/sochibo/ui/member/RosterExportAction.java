package vn.sochibo.ui.member;

import vn.sochibo.service.Services;
import vn.sochibo.service.member.roster.RosterService;
import vn.sochibo.ui.common.FileNames;
import vn.sochibo.ui.common.UiContext;

/** Exports the register to .xlsx from the window: asks where, writes off the FX thread, reports the path or the error. */
public final class RosterExportAction {
    private RosterExportAction() {
    }

    /** Asks where to save, writes the file off the FX thread, and reports the result. */
    public static void run(UiContext ui, Services services) {
        run(ui, new RosterService(services.members(), services.branch()));
    }

    /** The same with a given roster service (tests). */
    static void run(UiContext ui, RosterService roster) {
        String suggested = "So-danh-sach-dang-vien-" + ui.today() + ".xlsx";
        ui.dialogs().chooseSaveFile(ui.i18n().tr("roster.export.choose"), "xlsx", suggested)
                .map(f -> FileNames.withExtension(f, ".xlsx"))
                .ifPresent(target -> ui.tasks().run(() -> roster.export(target),
                        count -> ui.dialogs().showInfo(ui.i18n().tr("roster.export.done", count,
                                target.toAbsolutePath().toString())),
                        failure -> ui.dialogs().showError(ui.describe(failure))));
    }
}
