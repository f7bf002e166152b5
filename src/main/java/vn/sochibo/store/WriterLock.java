package vn.sochibo.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The right to write one database file: an exclusive operating-system lock on {@code <file>.lock} beside it,
 * held until {@link #close()}. The system drops the lock when its process ends, even by a crash, so a lock file
 * left behind never blocks. Java's file locks belong to the whole process, so opening the same file twice inside
 * one process is refused by a set of held paths, checked before the lock file is even opened (closing a second
 * channel on the file would silently drop the first one's lock). For the same reason nothing in this process may
 * open the lock file itself (a backup must not copy it).
 */
final class WriterLock implements AutoCloseable {
    /** The suffix of the lock file beside the database. */
    static final String SUFFIX = ".lock";
    private static final Logger LOG = Logger.getLogger(WriterLock.class.getName());
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    private static final Set<FileChannel> KEPT_OPEN = ConcurrentHashMap.newKeySet();
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** How an attempt ended. */
    enum Outcome { ACQUIRED, HELD_ELSEWHERE, FOLDER_NOT_WRITABLE }

    /** The result of {@link #attempt}: the lock when acquired, else null. */
    record Attempt(Outcome outcome, WriterLock lock) {
    }

    private WriterLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Tries once, without waiting, to become the only writer of the database file. */
    static Attempt attempt(Path database) {
        Path key = key(database);
        if (!HELD.add(key)) {
            return new Attempt(Outcome.HELD_ELSEWHERE, null);
        }
        Path lockFile = key.resolveSibling(key.getFileName() + SUFFIX);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            HELD.remove(key);
            return new Attempt(Outcome.FOLDER_NOT_WRITABLE, null);
        }
        OwnerOnly.restrict(lockFile);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new Attempt(Outcome.ACQUIRED, new WriterLock(key, channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // the same file under another name (a hard link) already locked in this process: closing this channel
            // would drop that lock, so it is kept open for the life of the process
            KEPT_OPEN.add(channel);
            HELD.remove(key);
            return new Attempt(Outcome.HELD_ELSEWHERE, null);
        } catch (IOException e) {
            // a file system that cannot lock at all (some network shares) is not refused: SQLite's own locking
            // remains the guard there, and the in-process set still stops a second window of this process
            LOG.log(Level.WARNING, "file locks unsupported for " + lockFile + "; relying on SQLite locking", e);
            return new Attempt(Outcome.ACQUIRED, new WriterLock(key, channel, null));
        }
        closeQuietly(channel);
        HELD.remove(key);
        return new Attempt(Outcome.HELD_ELSEWHERE, null);
    }

    /** The identity of the file inside this process: its real folder and name, so links and ".." do not fool it. */
    static Path key(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            return parent == null ? absolute : parent.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }

    /** The lock file of a database file. */
    static Path fileOf(Path database) {
        Path key = key(database);
        return key.resolveSibling(key.getFileName() + SUFFIX);
    }

    /** Gives up the right to write; the lock file stays (removing it could let two writers in, see class notes). */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot release " + key + SUFFIX, e);
        } finally {
            closeQuietly(channel);
            HELD.remove(key);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a lock file", e);
        }
    }
}
