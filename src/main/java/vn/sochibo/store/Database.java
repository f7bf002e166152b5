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
 * Owns the SQLite file: checks it before anything is written, applies migrations, and hands out one connection
 * (foreign keys on, WAL, busy timeout) to one unit of work at a time.
 */
public final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 5000;
    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;

    private Database(Path file) {
        this.file = file;
    }

    /** Opens (creating if needed) and migrates the database file. */
    public static Database open(Path file) {
        return open(file, Migrations.SCRIPTS);
    }

    /** Opens the file and brings it to the version of the given migration scripts. */
    static Database open(Path file, java.util.List<String> scripts) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (java.io.IOException e) {
            throw new AppException("db.error.folder", e, absolute.getParent());
        }
        if (Files.exists(absolute)) {
            Migrations.checkReadable(absolute, scripts.size());
        }
        Database db = new Database(absolute);
        db.connection = db.connect();
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            OwnerOnly.restrict(absolute.resolveSibling(absolute.getFileName() + suffix));
        }
        try {
            new Migrations(db.connection, absolute, scripts).apply();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    public Path file() {
        return file;
    }

    /** Runs work in one transaction; rolls back on any failure. */
    public <T> T write(Work<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new Tx(connection));
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs read-only work. */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(new Tx(connection));
        } finally {
            lock.unlock();
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

    @Override
    public void close() {
        lock.lock();
        try {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        } finally {
            lock.unlock();
        }
    }

    /** A unit of work given a transaction handle. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx);
    }
}
