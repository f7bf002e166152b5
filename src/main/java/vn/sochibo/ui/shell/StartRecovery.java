package vn.sochibo.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.sochibo.service.backup.BackupEntry;
import vn.sochibo.service.backup.BackupFile;
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.service.backup.BackupState;
import vn.sochibo.service.backup.RestoreResult;

/**
 * What the program does before opening the data file: a quick check that never changes the file, and when it
 * fails, the newest backup that can be restored instead.
 */
public final class StartRecovery {
    private final BackupService service;

    public StartRecovery(BackupService service) {
        this.service = service;
    }

    /** The state of the data file: OK, or what is wrong with it (a missing file is OK: it will be created). */
    public BackupState check(Path db) {
        return Files.exists(db) ? service.check(db, false, null) : BackupState.OK;
    }

    /** The newest backup in the folder that is whole (or encrypted, to be opened with the password). */
    public Optional<BackupFile> newestUsable(Path folder) {
        return service.list(folder, null).stream()
                .filter(e -> e.state().isOk() || e.state() == BackupState.NEEDS_PASSWORD)
                .map(BackupEntry::file).sorted(BackupFile.NEWEST_FIRST).findFirst();
    }

    /** Restores the backup over the damaged file (which is first kept, as it is, beside the backups). */
    public RestoreResult restore(Path db, BackupFile backup, Path folder, char[] password) {
        return service.restore(db, backup.path(), folder, password);
    }
}
