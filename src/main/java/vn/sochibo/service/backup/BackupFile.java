package vn.sochibo.service.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;

/** One backup file of ours, as its name tells: when it was made, why, and whether it is encrypted. */
public record BackupFile(Path path, BackupKind kind, LocalDateTime takenAt, int sequence, boolean encrypted) {
    /** Newest first; two backups of the same minute by their sequence number. */
    public static final Comparator<BackupFile> NEWEST_FIRST = Comparator.comparing(BackupFile::takenAt)
            .thenComparingInt(BackupFile::sequence).reversed();

    public String fileName() {
        return path.getFileName().toString();
    }
}
