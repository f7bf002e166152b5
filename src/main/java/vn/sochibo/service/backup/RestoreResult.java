package vn.sochibo.service.backup;

import java.nio.file.Path;
import java.util.Optional;

/** What a restore did: which file it restored, what that holds, and where the data it replaced was saved. */
public record RestoreResult(Path restoredFrom, long members, long meetings, Optional<BackupFile> savedBefore) {
}
