package vn.sochibo.ui.backup;

import java.nio.file.Path;
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.ui.common.AppSettings;

/** Where backups go on this computer: the folder chosen in the settings, else "backups" beside the database. */
public final class BackupFolders {
    private BackupFolders() {
    }

    public static Path of(AppSettings settings, BackupService service, Path db) {
        String chosen = settings == null ? "" : settings.backupFolder();
        return chosen.isBlank() ? service.defaultFolder(db) : Path.of(chosen);
    }
}
