package vn.sochibo.store;

import java.nio.file.Path;
import vn.sochibo.model.AppException;

/**
 * Holds the writer lock of a database file while the file itself is replaced (restore, hand-over), so no other
 * copy of the program can open it half-way.
 */
public final class ReplaceGuard implements AutoCloseable {
    private final WriterLock lock;

    private ReplaceGuard(WriterLock lock) {
        this.lock = lock;
    }

    /** Takes the lock or refuses, naming the file, when another copy (or this window) still has it open. */
    public static ReplaceGuard hold(Path db) {
        WriterLock.Attempt attempt = WriterLock.attempt(db);
        return switch (attempt.outcome()) {
            case ACQUIRED -> new ReplaceGuard(attempt.lock());
            case HELD_ELSEWHERE -> throw new AppException("db.error.locked", db.toString());
            case FOLDER_NOT_WRITABLE -> throw new AppException("db.error.readOnlyFolder", db.toString());
        };
    }

    @Override
    public void close() {
        lock.close();
    }
}
