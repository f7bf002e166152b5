package vn.sochibo.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.sochibo.model.AppException;
import vn.sochibo.store.DataCounts;
import vn.sochibo.store.DatabaseFiles;
import vn.sochibo.store.FileCheck;
import vn.sochibo.store.ReplaceGuard;
import vn.sochibo.store.Snapshots;

/**
 * Puts a backup in place of the (closed) database: the backup is decrypted and fully checked before anything is
 * touched, the current data is saved as a pre-restore backup, and the file is replaced in one atomic step. On any
 * failure the current database stays as it was.
 */
final class Restorer {
    private final BackupWriter writer;

    Restorer(BackupWriter writer) {
        this.writer = writer;
    }

    RestoreResult restore(Path db, Path backup, Path folder, char[] password, LocalDateTime now) {
        Path target = db.toAbsolutePath();
        String name = backup.getFileName().toString();
        if (!Files.isRegularFile(backup)) {
            throw new AppException("backup.restore.refused.MISSING", name);
        }
        createFolder(target.getParent());
        try (PlainCopy plain = open(backup, password, target.getParent(), name)) {
            FileCheck check = Snapshots.check(plain.file(), true);
            if (!check.isOk()) {
                throw new AppException("backup.restore.refused." + check.problem().orElseThrow().name(), name);
            }
            DataCounts counts = Snapshots.counts(plain.file());
            try (ReplaceGuard guard = ReplaceGuard.hold(target)) {
                if (Snapshots.inUse(target)) {
                    throw new AppException("backup.error.inUse", target.toString());
                }
                Optional<BackupFile> saved = saveCurrent(target, folder, password, now);
                DatabaseFiles.replace(plain.file(), target);
                return new RestoreResult(backup, counts.members(), counts.meetings(), saved);
            } catch (IOException e) {
                throw BackupErrors.translate(e, target.getParent());
            }
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw BackupErrors.translate(e, folder);
        }
    }

    private static PlainCopy open(Path backup, char[] password, Path folder, String name) {
        try {
            return PlainCopy.of(backup, password, folder);
        } catch (EncryptedFileException e) {
            String key = switch (e.state()) {
                case WRONG_PASSWORD -> "backup.error.wrongPassword";
                case NEEDS_PASSWORD -> "backup.error.needsPassword";
                default -> "backup.restore.refused." + e.state().name();
            };
            throw new AppException(key, name);
        }
    }

    /** Saves the current data before it is replaced; a file that no longer opens is saved as it is. */
    private Optional<BackupFile> saveCurrent(Path db, Path folder, char[] password, LocalDateTime now) {
        if (!Files.isRegularFile(db)) {
            return Optional.empty();
        }
        if (Snapshots.check(db, false).isOk()) {
            return Optional.of(writer.write(db, folder, BackupKind.PRE_RESTORE, password, now));
        }
        return Optional.of(writer.writeAsIs(db, folder, BackupKind.PRE_RESTORE, password, now));
    }
}
