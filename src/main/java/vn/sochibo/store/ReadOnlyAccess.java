package vn.sochibo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import vn.sochibo.model.AppException;

/**
 * A read-only connection to an existing database for a reader without the writer lock: another copy of the program
 * is writing (SQLite's WAL lets it read committed data safely meanwhile), or the folder cannot be written. Creates,
 * upgrades and recovers nothing; a file it cannot read safely is refused with the given message.
 */
final class ReadOnlyAccess {
    private ReadOnlyAccess() {
    }

    /** The connection, after checking the file is of this version; {@code refusal} names why it is read-only. */
    static Connection connect(Path file, String refusal, int latest) {
        if (!Files.isRegularFile(file)) {
            throw new AppException(refusal, file);
        }
        try {
            return checked("jdbc:sqlite:" + file, file, refusal, latest);
        } catch (SQLException e) {
            if (!cannotOpen(e)) {
                throw StoreErrors.translate(e);
            }
            if (!onReadOnlyDisk(file) || hasUncheckpointedLog(file)) {
                throw new AppException(refusal, e, file);
            }
        }
        // A read-only disk where SQLite cannot make its shared-memory file: the whole content is in the main file
        // (no log waits to be merged) and nothing can change it, so SQLite may read it as immutable.
        try {
            return checked("jdbc:sqlite:" + SqliteUri.of(file) + "?immutable=1", file, refusal, latest);
        } catch (SQLException e) {
            throw new AppException(refusal, e, file);
        }
    }

    private static Connection checked(String url, Path file, String refusal, int latest) throws SQLException {
        Connection c = DriverManager.getConnection(url, config().toProperties());
        try {
            int version = version(c);
            if (version > latest) {
                throw new AppException("db.error.newerVersion", file, String.valueOf(version), String.valueOf(latest));
            }
            if (version < latest) {
                // an older file must be upgraded first, which only a writer may do
                throw new AppException(refusal, file);
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        return cfg;
    }

    private static boolean cannotOpen(SQLException e) {
        return e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_CANTOPEN
                || s.getResultCode() == SQLiteErrorCode.SQLITE_READONLY);
    }

    private static boolean onReadOnlyDisk(Path file) {
        try {
            return Files.getFileStore(file).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasUncheckpointedLog(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing with a clearer message
        }
    }
}
