package vn.sochibo.ui.handover;

import java.nio.file.Path;
import vn.sochibo.service.handover.HandoverService;
import vn.sochibo.service.handover.KitManifest;
import vn.sochibo.service.handover.OpenedKit;
import vn.sochibo.ui.backup.DatabaseHandle;
import vn.sochibo.ui.common.FileNames;
import vn.sochibo.ui.common.UiContext;

/** The steps behind the hand-over menu entries, free of JavaFX so they are tested without a window. */
final class HandoverActions {
    private final UiContext ui;
    private final DatabaseHandle handle;
    private final HandoverService service;
    private final Runnable onStart;
    private final Runnable onDone;

    /** Actions on the open database; {@code onStart} and {@code onDone} run around the work off the FX thread. */
    HandoverActions(UiContext ui, DatabaseHandle handle, HandoverService service, Runnable onStart,
                    Runnable onDone) {
        this.ui = ui;
        this.handle = handle;
        this.service = service;
        this.onStart = onStart;
        this.onDone = onDone;
    }

    /** Asks where to save the kit, writes it off the FX thread while the data stays open, and reports the path. */
    void create() {
        Path db = handle.file();
        String suggested = service.suggestedName(db);
        Path target = ui.dialogs().chooseSaveFile(ui.i18n().tr("handover.create.choose"), HandoverService.EXTENSION,
                suggested).map(f -> FileNames.withExtension(f, "." + HandoverService.EXTENSION)).orElse(null);
        if (target == null) {
            return;
        }
        onStart.run();
        ui.tasks().run(() -> service.create(db, HandoverService.defaultDocuments(db), target), kit -> {
            onDone.run();
            ui.dialogs().showInfo(ui.i18n().tr("handover.create.done", kit.kit().toString(),
                    String.valueOf(kit.manifest().memberCount()), String.valueOf(kit.manifest().documentCount())));
        }, failure -> {
            onDone.run();
            ui.dialogs().showError(ui.describe(failure));
        });
    }

    /**
     * Asks for the kit, checks it, confirms that the current data is kept as a copy, closes the database, opens the
     * kit off the FX thread and reopens the database whether or not that worked; reports what happened.
     */
    void open() {
        Path kit = ui.dialogs().chooseOpenFile(ui.i18n().tr("handover.open.choose"), HandoverService.EXTENSION)
                .orElse(null);
        if (kit == null) {
            return;
        }
        KitManifest manifest;
        try {
            manifest = service.inspect(kit);
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
            return;
        }
        if (!ui.dialogs().confirm(ui.i18n().tr("handover.open.confirm", manifest.branchName(),
                manifest.createdAt().toLocalDate(), String.valueOf(manifest.memberCount()),
                String.valueOf(manifest.documentCount())))) {
            return;
        }
        Path db = handle.file();
        try {
            handle.closeForReplace();
        } catch (RuntimeException e) {
            handle.reopen();
            ui.dialogs().showError(ui.describe(e));
            return;
        }
        onStart.run();
        ui.tasks().run(() -> service.open(kit, db, HandoverService.defaultDocuments(db)), opened -> {
            handle.reopen();
            onDone.run();
            ui.dialogs().showInfo(opened(opened));
        }, failure -> {
            handle.reopen();
            onDone.run();
            ui.dialogs().showError(ui.describe(failure));
        });
    }

    private String opened(OpenedKit opened) {
        String done = ui.i18n().tr("handover.open.done", opened.manifest().branchName(),
                String.valueOf(opened.manifest().memberCount()), String.valueOf(opened.documents()));
        return opened.keptCopy().map(copy -> done + "\n" + ui.i18n().tr("handover.open.kept", copy.toString()))
                .orElse(done);
    }
}
