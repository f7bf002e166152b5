package vn.sochibo.ui.shell;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.ui.backup.BackupFolders;
import vn.sochibo.ui.common.UiContext;

/**
 * Automatic backups: one when the window closes, and one while it runs whenever the last is more than a day old.
 * A failure is told once per run of the program, so a missing USB stick does not nag every hour.
 */
public final class AutoBackup {
    private static final Logger LOG = Logger.getLogger(AutoBackup.class.getName());
    private final UiContext ui;
    private final BackupService service;
    private final OpenDatabase open;
    private boolean failureShown;

    public AutoBackup(UiContext ui, BackupService service, OpenDatabase open) {
        this.ui = ui;
        this.service = service;
        this.open = open;
    }

    /**
     * Makes a backup off the FX thread when none was made in the last 24 hours; looking at the backup folder is done
     * off the FX thread too, so the window is never held up by a slow disk.
     */
    public void runIfDue() {
        Path folder = folder();
        Path file = open.file();
        LocalDateTime now = LocalDateTime.now(ui.clock());
        char[] password = open.password().orElse(null);
        ui.tasks().run(() -> service.isDue(folder, now) ? service.backupNow(file, folder, password) : null,
                done -> wipe(password), failure -> {
            wipe(password);
            tell(failure);
        });
    }

    /** Makes the backup of a closing window, on the calling thread; a failure is logged, never shown. */
    public void onClose() {
        char[] password = open.password().orElse(null);
        try {
            service.backupNow(open.file(), folder(), password);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "backup on close failed", e);
        } finally {
            wipe(password);
        }
    }

    private Path folder() {
        return BackupFolders.of(ui.settings(), service, open.file());
    }

    private void tell(Throwable failure) {
        LOG.log(Level.WARNING, "automatic backup failed", failure);
        if (!failureShown) {
            failureShown = true;
            ui.dialogs().showError(ui.i18n().tr("backup.auto.failed", ui.describe(failure)));
        }
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
