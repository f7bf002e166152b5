package vn.sochibo.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import vn.sochibo.model.AppException;
import vn.sochibo.store.DatabaseFiles;
import vn.sochibo.store.FileCheck;
import vn.sochibo.store.OwnerOnly;
import vn.sochibo.store.Snapshots;

/**
 * Writes one backup: a consistent snapshot beside the database (never on the USB stick in clear), checked, then
 * copied or encrypted into a hidden temporary file in the backup folder, flushed, and renamed to its final name.
 * On any failure nothing is left behind.
 */
final class BackupWriter {
    /** A margin over the database size before a backup is even started. */
    private static final long SPACE_MARGIN = 1 << 20;

    /** Backs up the live database {@code db} into {@code folder}. */
    BackupFile write(Path db, Path folder, BackupKind kind, char[] password, LocalDateTime now) {
        Path snapshot = temporaryBeside(db, ".snapshot");
        try {
            Snapshots.snapshot(db, snapshot);
            FileCheck check = Snapshots.check(snapshot, false);
            if (!check.isOk()) {
                throw new AppException("backup.error.sourceDamaged", db);
            }
            return store(snapshot, folder, kind, password, now);
        } finally {
            DatabaseFiles.deleteQuietly(snapshot);
        }
    }

    /** Saves a database that no longer opens as it is (a plain copy of the closed file), so nothing is lost. */
    BackupFile writeAsIs(Path db, Path folder, BackupKind kind, char[] password, LocalDateTime now) {
        Path copy = temporaryBeside(db, ".copy");
        try {
            Files.copy(db, copy);
            return store(copy, folder, kind, password, now);
        } catch (IOException e) {
            throw BackupErrors.translate(e, db.toAbsolutePath().getParent());
        } finally {
            DatabaseFiles.deleteQuietly(copy);
        }
    }

    private BackupFile store(Path plain, Path folder, BackupKind kind, char[] password, LocalDateTime now) {
        boolean encrypted = password != null && password.length > 0;
        prepare(folder, plain);
        BackupFile target = BackupNames.fresh(folder, kind, now, encrypted);
        Path part = folder.resolve("." + target.fileName() + "." + UUID.randomUUID() + ".part");
        try {
            if (encrypted) {
                BackupCrypto.encrypt(plain, part, password);
            } else {
                Files.copy(plain, part);
            }
            OwnerOnly.restrict(part);
            DatabaseFiles.sync(part);
            moveWithoutReplacing(part, target.path());
            DatabaseFiles.syncFolder(folder);
            return target;
        } catch (IOException e) {
            throw BackupErrors.translate(e, folder);
        } finally {
            DatabaseFiles.deleteQuietly(part);
        }
    }

    private static void prepare(Path folder, Path plain) {
        Path parent = folder.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder) && (parent == null || !Files.isDirectory(parent))) {
            // a USB stick that was pulled out: never create its path on the computer's own disk
            throw new AppException("backup.error.folderGone", folder);
        }
        try {
            Files.createDirectories(folder);
            if (Files.getFileStore(folder).getUsableSpace() < Files.size(plain) * 2 + SPACE_MARGIN) {
                throw new AppException("backup.error.diskFull", folder);
            }
        } catch (IOException e) {
            throw BackupErrors.translate(e, folder);
        }
    }

    /** A rename within the folder that fails rather than overwrite a file made meanwhile. */
    private static void moveWithoutReplacing(Path part, Path target) throws IOException {
        Files.move(part, target);
    }

    /** A name for a private temporary file beside the database (the file itself is not created). */
    private static Path temporaryBeside(Path db, String what) {
        if (!Files.isRegularFile(db)) {
            throw new AppException("backup.error.noDatabase", db);
        }
        Path absolute = db.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + what + "-" + UUID.randomUUID() + ".tmp");
    }
}
