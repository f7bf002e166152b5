package vn.sochibo.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import vn.sochibo.model.AppException;

/**
 * Owns the SQLite file: takes the writer lock (one copy of the program writes at a time), checks the file before
 * anything is written, applies migrations, and hands out one connection (foreign keys on, WAL, busy timeout) to one
 * unit of work at a time.
 */
public final class Database implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 5000;
    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    private final WriterLock writerLock;
    private final String readOnlyRefusal;
    private Connection connection;
    private final Remembered remembered = new Remembered();
    private int writing;

    private Database(Path file, WriterLock writerLock, String readOnlyRefusal) {
        this.file = file;
        this.writerLock = writerLock;
        this.readOnlyRefusal = readOnlyRefusal;
    }

    /**
     * Opens (creating if needed) and migrates the database file as its only writer: refused with
     * {@code db.error.locked} while another copy of the program (a window or a command) has it open.
     */
    public static Database open(Path file) {
        return open(file, Migrations.SCRIPTS);
    }

    /**
     * Opens the file for a command that only reads: as {@link #open} when no other copy is using it; else, and on a
     * read-only disk, without the writer lock on a read-only connection that sees only committed data and refuses
     * every write. Never creates or upgrades the file in that case. A missing file is created as by {@link #open}.
     */
    public static Database openForReading(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            return open(absolute);
        }
        WriterLock.Attempt attempt = WriterLock.attempt(absolute);
        return switch (attempt.outcome()) {
            case ACQUIRED -> openLocked(absolute, Migrations.SCRIPTS, attempt.lock());
            case HELD_ELSEWHERE -> readOnly(absolute, "db.error.locked");
            case FOLDER_NOT_WRITABLE -> readOnly(absolute, "db.error.readOnlyFolder");
        };
    }

    /** Opens the file as its only writer and brings it to the version of the given migration scripts. */
    static Database open(Path file, java.util.List<String> scripts) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (java.io.IOException e) {
            throw new AppException("db.error.folder", e, absolute.getParent());
        }
        WriterLock.Attempt attempt = WriterLock.attempt(absolute);
        return switch (attempt.outcome()) {
            case ACQUIRED -> openLocked(absolute, scripts, attempt.lock());
            case HELD_ELSEWHERE -> throw new AppException("db.error.locked", absolute);
            case FOLDER_NOT_WRITABLE -> throw new AppException("db.error.readOnlyFolder", absolute);
        };
    }

    /** With the writer lock held: checks the file before anything is written, connects, migrates. */
    private static Database openLocked(Path absolute, java.util.List<String> scripts, WriterLock writerLock) {
        Database db = new Database(absolute, writerLock, null);
        try {
            if (Files.exists(absolute)) {
                Migrations.checkReadable(absolute, scripts.size());
            }
            db.connection = db.connect();
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                OwnerOnly.restrict(absolute.resolveSibling(absolute.getFileName() + suffix));
            }
            new Migrations(db.connection, absolute, scripts).apply();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static Database readOnly(Path absolute, String refusal) {
        Database db = new Database(absolute, null, refusal);
        db.connection = ReadOnlyAccess.connect(absolute, refusal, Migrations.LATEST);
        return db;
    }

    /**
     * Loads the SQLite driver and its native library (unpacked on first use), so that the window's start-up can do
     * this on another thread while the toolkit starts; a failure is left for the real open to report.
     */
    public static void warmUp() {
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
            Class.forName("org.sqlite.JDBC");
        } catch (Exception | LinkageError e) {
            // the open that follows reports the same problem with its message
        }
    }

    public Path file() {
        return file;
    }

    /** True when opened by {@link #openForReading} without the writer lock: every write is refused. */
    public boolean isReadOnly() {
        return readOnlyRefusal != null;
    }

    /** Runs work in one transaction; rolls back on any failure. */
    public <T> T write(Work<T> work) {
        if (isReadOnly()) {
            throw new AppException(readOnlyRefusal, file);
        }
        lock.lock();
        try {
            requireOpen();
            connection.setAutoCommit(false);
            writing++;
            try {
                T result = work.run(new Tx(connection, null));
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                writing--;
                remembered.forget();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs read-only work; with the writer lock held, what a read remembers through {@link Tx#remember} stays valid
     * until the next write, so an unchanged file is not read again. Without the writer lock another copy may commit meanwhile, so the work then runs in one
     * read transaction and sees a single state of the file.
     */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            requireOpen();
            if (!isReadOnly()) {
                return work.run(new Tx(connection, writing == 0 ? remembered : null));
            }
            connection.setAutoCommit(false);
            try {
                return work.run(new Tx(connection, null));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        } finally {
            lock.unlock();
        }
    }

    /** After {@link #close} nothing is read or written, not even what a read remembered (the file may be replaced). */
    private void requireOpen() {
        if (connection == null) {
            throw new IllegalStateException("the database is closed: " + file);
        }
    }

    private Connection connect() {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config().toProperties());
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        }
    }

    static SQLiteConfig config() {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.enforceForeignKeys(true);
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        return cfg;
    }

    /** Closes the connection, then gives up the writer lock, even when closing failed. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (connection != null) {
                connection.close();
                connection = null;
                remembered.forget();
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        } finally {
            if (writerLock != null) {
                writerLock.close();
            }
            lock.unlock();
        }
    }

    /** A unit of work given a transaction handle. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx);
    }
}
