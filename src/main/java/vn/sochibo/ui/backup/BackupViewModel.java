package vn.sochibo.ui.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.service.Messages;
import vn.sochibo.service.backup.BackupEntry;
import vn.sochibo.service.backup.BackupFile;
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.service.backup.BackupState;
import vn.sochibo.service.backup.RestoreResult;
import vn.sochibo.ui.common.UiContext;

/**
 * The "Data and backups" screen: where the data and the backups are, "back up now", the backup folder, the list of
 * backups, restoring the chosen one (after a confirmation, with the current data saved first) and a full check.
 */
public final class BackupViewModel {
    private final UiContext ui;
    private final BackupService service;
    private final DatabaseHandle database;
    private final StringProperty databaseText = new SimpleStringProperty("");
    private final StringProperty folderText = new SimpleStringProperty("");
    private final StringProperty statusText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>();

    public BackupViewModel(UiContext ui, BackupService service, DatabaseHandle database) {
        this.ui = ui;
        this.service = service;
        this.database = database;
        databaseText.set(database.file().toAbsolutePath().toString());
        folderText.set(folder().toString());
    }

    /** The chosen backup folder, or the "backups" folder beside the database. */
    public Path folder() {
        return BackupFolders.of(ui.settings(), service, database.file());
    }

    /** Reads the backup list off the FX thread. */
    public void load() {
        Path folder = folder();
        char[] password = password();
        start(() -> service.list(folder, password), this::show);
    }

    /** Backs up now into the backup folder and says where. */
    public void backupNow() {
        Path db = database.file();
        Path folder = folder();
        char[] password = password();
        statusText.set(ui.i18n().tr("backup.view.working"));
        start(() -> service.backupNow(db, folder, password), written -> {
            String done = ui.i18n().tr("backup.view.done", when(written.takenAt()), written.path().toString());
            statusText.set(done);
            ui.dialogs().showInfo(done);
            load();
        });
    }

    /** Lets the user pick another folder (a USB stick), remembered on this computer. */
    public void chooseFolder() {
        ui.dialogs().chooseFolder(ui.i18n().tr("backup.view.chooseFolder.title")).ifPresent(chosen -> {
            ui.settings().setBackupFolder(chosen.toAbsolutePath().toString());
            folderText.set(folder().toString());
            statusText.set(ui.i18n().tr("backup.view.folderChanged", folder().toString()));
            load();
        });
    }

    /** Restores the chosen backup after a confirmation naming its date; the data is reopened whatever happens. */
    public void restoreSelected() {
        BackupRow row = selected.get();
        if (row == null) {
            ui.dialogs().showInfo(ui.i18n().tr("backup.view.chooseFirst"));
            return;
        }
        BackupEntry entry = row.entry();
        boolean otherPassword = entry.state() == BackupState.NEEDS_PASSWORD
                || entry.state() == BackupState.WRONG_PASSWORD;
        if (!entry.state().isOk() && !otherPassword) {
            ui.dialogs().showError(ui.i18n().tr(refusalKey(entry.state()), entry.file().fileName()));
            return;
        }
        String members = entry.hasCounts() ? String.valueOf(entry.members()) : "?";
        if (!ui.dialogs().confirm(ui.i18n().tr("backup.view.confirmRestore", row.date(), members))) {
            return;
        }
        if (!otherPassword) {
            restore(entry.file().path(), password());
            return;
        }
        ui.dialogs().askPassword(ui.i18n().tr("backup.view.askPassword", row.date()))
                .ifPresent(typed -> restore(entry.file().path(), typed));
    }

    /** Runs the full integrity check of the data file and says the result in plain words. */
    public void checkAll() {
        Path db = database.file();
        statusText.set(ui.i18n().tr("backup.view.working"));
        start(() -> service.check(db, true, null), state -> {
            if (state.isOk()) {
                statusText.set(ui.i18n().tr("backup.view.checkOk"));
                ui.dialogs().showInfo(statusText.get());
            } else {
                statusText.set(ui.i18n().tr("backup.problem." + state.name(), db.toString()));
                ui.dialogs().showError(statusText.get());
            }
        });
    }

    private void restore(Path backup, char[] password) {
        Path db = database.file();
        Path folder = folder();
        try {
            database.closeForReplace();
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
            return;
        }
        busy.set(true);
        statusText.set(ui.i18n().tr("backup.view.working"));
        ui.tasks().run(() -> service.restore(db, backup, folder, password), result -> {
            busy.set(false);
            reopen();
            statusText.set(restoredText(result));
            ui.dialogs().showInfo(statusText.get());
            load();
        }, failure -> {
            busy.set(false);
            reopen();
            statusText.set(ui.describe(failure));
            ui.dialogs().showError(statusText.get());
            load();
        });
    }

    private void reopen() {
        try {
            database.reopen();
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
        }
    }

    private String restoredText(RestoreResult result) {
        String from = service.describe(result.restoredFrom()).map(f -> when(f.takenAt()))
                .orElse(result.restoredFrom().getFileName().toString());
        String text = ui.i18n().tr("backup.view.restored", from, String.valueOf(result.members()));
        return result.savedBefore().map(saved -> text + "\n" + ui.i18n().tr("backup.view.savedBefore",
                when(saved.takenAt()))).orElse(text);
    }

    /** Runs slow work with the screen marked busy; a failure is shown in words and in the status line. */
    private <T> void start(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        ui.tasks().run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            statusText.set(ui.describe(failure));
            ui.dialogs().showError(statusText.get());
        });
    }

    private void show(List<BackupEntry> entries) {
        Path keep = selected.get() == null ? null : selected.get().entry().file().path();
        rows.setAll(entries.stream().map(this::row).toList());
        selected.set(rows.stream().filter(r -> r.entry().file().path().equals(keep)).findFirst().orElse(null));
    }

    private BackupRow row(BackupEntry e) {
        BackupFile f = e.file();
        return new BackupRow(when(f.takenAt()), ui.i18n().tr("backup.kind." + f.kind().name()),
                e.hasCounts() ? String.valueOf(e.members()) : "", e.hasCounts() ? String.valueOf(e.meetings()) : "",
                ui.i18n().tr(f.encrypted() ? "backup.encrypted.yes" : "backup.encrypted.no"),
                ui.i18n().tr("backup.state." + e.state().name()), e);
    }

    private static String refusalKey(BackupState state) {
        return state == BackupState.WRONG_PASSWORD ? "backup.error.wrongPassword"
                : "backup.restore.refused." + state.name();
    }

    private char[] password() {
        return database.password().orElse(null);
    }

    private static String when(LocalDateTime at) {
        return Messages.dateTime(at);
    }

    public StringProperty databaseTextProperty() {
        return databaseText;
    }

    public StringProperty folderTextProperty() {
        return folderText;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<BackupRow> rows() {
        return rows;
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }
}
