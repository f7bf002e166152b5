package vn.sochibo.service.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.AppException;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.service.journal.JournalDetails;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.Database;
import vn.sochibo.store.DatabaseFiles;

/**
 * Backups of the data file: made on demand, when due and on closing, into a folder (by default "backups" beside
 * the database, or any folder such as a USB stick), encrypted when the branch has a password, rotated, listed,
 * checked and restored.
 */
public final class BackupService {
    /** The folder beside the database used when no other is chosen. */
    public static final String DEFAULT_FOLDER = "backups";
    private static final Duration DUE_AFTER = Duration.ofHours(24);
    private final Clock clock;
    private final BackupWriter writer = new BackupWriter();
    private final BackupInspector inspector = new BackupInspector();

    public BackupService(Clock clock) {
        this.clock = clock;
    }

    /** The "backups" folder beside the database. */
    public Path defaultFolder(Path db) {
        return db.toAbsolutePath().resolveSibling(DEFAULT_FOLDER);
    }

    /** Backs up the database now, encrypted when a password is given, then removes backups no longer kept. */
    public BackupFile backupNow(Path db, Path folder, char[] password) {
        BackupFile written = writer.write(db, folder, BackupKind.REGULAR, password, LocalDateTime.now(clock));
        rotate(folder);
        return written;
    }

    /** Every backup of ours in the folder, newest first, with its state and what it holds. */
    public List<BackupEntry> list(Path folder, char[] password) {
        return files(folder).stream().map(f -> inspector.inspect(f, password)).toList();
    }

    /** Our backup files in the folder by their names, newest first; other files are ignored. */
    public List<BackupFile> files(Path folder) {
        List<BackupFile> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                BackupNames.parse(p).filter(f -> Files.isRegularFile(p)).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new AppException("backup.error.read", e, folder.toString());
        }
        found.sort(BackupFile.NEWEST_FIRST);
        return found;
    }

    /** True when the folder holds no regular backup made in the last 24 hours. */
    public boolean isDue(Path folder, LocalDateTime now) {
        LocalDateTime since = now.minus(DUE_AFTER);
        // a backup "from the future" (a clock set wrong once) must not stop backups for good
        LocalDateTime until = now.plusHours(1);
        return files(folder).stream().filter(f -> f.kind() == BackupKind.REGULAR)
                .noneMatch(f -> f.takenAt().isAfter(since) && !f.takenAt().isAfter(until));
    }

    /**
     * Deletes the backups the rotation rules no longer keep, and our unfinished temporary files older than a day
     * (left by a power cut); returns what was deleted. Other files are never touched.
     */
    public List<Path> rotate(Path folder) {
        List<Path> deleted = new ArrayList<>(BackupNames.leftovers(folder, clock.instant().minus(DUE_AFTER)));
        deleted.forEach(DatabaseFiles::deleteQuietly);
        for (BackupFile old : BackupRotation.toDelete(files(folder), LocalDateTime.now(clock))) {
            DatabaseFiles.deleteQuietly(old.path());
            if (!Files.exists(old.path())) {
                deleted.add(old.path());
            }
        }
        return deleted;
    }

    /** The state of a data or backup file (opened strictly read-only); {@code full} runs the slower full check. */
    public BackupState check(Path file, boolean full, char[] password) {
        return inspector.check(file, full, password);
    }

    /** True when the file is an encrypted backup, which needs the password to be read. */
    public boolean isEncrypted(Path file) {
        return Files.isRegularFile(file) && BackupCrypto.isEncrypted(file);
    }

    /**
     * Replaces the (closed) database by the backup after checking it, saving the current data first as a
     * pre-restore backup in {@code folder}; on any failure the current database stays as it was.
     */
    public RestoreResult restore(Path db, Path backup, Path folder, char[] password) {
        RestoreResult result = new Restorer(writer).restore(db, backup, folder, password, LocalDateTime.now(clock));
        journalRestore(db, result);
        rotate(folder);
        return result;
    }

    /** Writes "restored from …" into the journal of the restored data, so the journal shows the jump back. */
    private void journalRestore(Path db, RestoreResult result) {
        try (Database opened = Database.open(db)) {
            new JournalService(opened, clock).record(JournalAction.BACKUP_RESTORED,
                    result.restoredFrom().getFileName().toString(), JournalDetails.of("journal.details.restored",
                            String.valueOf(result.members()), result.savedBefore().map(f -> f.path().getFileName()
                                    .toString()).orElse("-")));
        }
    }

    /** The backup a file name describes, if it is one of ours. */
    public Optional<BackupFile> describe(Path file) {
        return BackupNames.parse(file);
    }
}
