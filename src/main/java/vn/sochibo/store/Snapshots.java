package vn.sochibo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;
import vn.sochibo.model.AppException;

/**
 * Consistent copies of a live database ({@code VACUUM INTO} on a connection of its own, never a file copy), and
 * checks and counts of any data file through a strictly read-only connection that never creates or changes a file.
 */
public final class Snapshots {
    private static final int BUSY_TIMEOUT_MS = 5000;

    private Snapshots() {
    }

    /** Writes a consistent, compact copy of the database to {@code target}, which must not exist yet. */
    public static void snapshot(Path db, Path target) {
        requireFile(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath(), noCreate());
             Statement st = c.createStatement()) {
            st.executeUpdate("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            DatabaseFiles.deleteQuietly(target);
            throw StoreErrors.translate(e);
        }
        try {
            DatabaseFiles.sync(target);
        } catch (IOException e) {
            DatabaseFiles.deleteQuietly(target);
            throw new AppException("db.error.cannotWrite", e);
        }
        OwnerOnly.restrict(target);
    }

    /** Checks a file without changing it: quick_check, or the slower full integrity_check when {@code full}. */
    public static FileCheck check(Path file, boolean full) {
        if (!Files.isRegularFile(file)) {
            return FileCheck.of(FileProblem.MISSING);
        }
        try {
            Optional<FileProblem> seen = SqliteHeader.problem(file);
            if (seen.isPresent()) {
                return FileCheck.of(seen.get());
            }
        } catch (IOException e) {
            return FileCheck.of(FileProblem.UNREADABLE);
        }
        try (Connection c = readOnly(file); Statement st = c.createStatement()) {
            if (intValue(st, "PRAGMA user_version") > Migrations.LATEST) {
                return FileCheck.of(FileProblem.NEWER_VERSION);
            }
            if (!hasTable(c, "member")) {
                return FileCheck.of(FileProblem.NOT_DATABASE);
            }
            String result = stringValue(st, full ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)");
            return "ok".equals(result) ? FileCheck.ok() : FileCheck.of(FileProblem.DAMAGED);
        } catch (SQLException e) {
            return FileCheck.of(problemOf(e));
        } catch (IOException e) {
            return FileCheck.of(FileProblem.UNREADABLE);
        }
    }

    /** The number of members and meetings in a data file (0 meetings while that table does not exist yet). */
    public static DataCounts counts(Path file) {
        requireFile(file);
        try (Connection c = readOnly(file); Statement st = c.createStatement()) {
            long members = hasTable(c, "member") ? intValue(st, "SELECT count(*) FROM member") : 0;
            long meetings = hasTable(c, "meeting") ? intValue(st, "SELECT count(*) FROM meeting") : 0;
            return new DataCounts(members, meetings);
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        } catch (IOException e) {
            throw new AppException("db.error.notDatabase", e);
        }
    }

    /**
     * True when another connection (the program's window, another process) has the database open: it cannot be
     * locked exclusively for a moment. A file that is not a database is not in use.
     */
    public static boolean inUse(Path db) {
        if (!Files.isRegularFile(db)) {
            return false;
        }
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.resetOpenMode(SQLiteOpenMode.CREATE);
        cfg.setBusyTimeout(0);
        cfg.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath(), cfg.toProperties());
             Statement st = c.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            st.execute("COMMIT");
            return false;
        } catch (SQLException e) {
            return e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                    || s.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED);
        }
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AppException("backup.error.noDatabase", file);
        }
    }

    /**
     * A read-only connection. A WAL file nobody has open is read as immutable: a read-only connection would
     * otherwise leave empty -wal and -shm files beside it.
     */
    private static Connection readOnly(Path file) throws SQLException, IOException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        Path absolute = file.toAbsolutePath();
        boolean idle = !Files.exists(absolute.resolveSibling(absolute.getFileName() + "-wal"))
                && !Files.exists(absolute.resolveSibling(absolute.getFileName() + "-shm"));
        String url = SqliteHeader.walMode(absolute) && idle
                ? SqliteUri.of(absolute) + "?immutable=1" : SqliteUri.of(absolute) + "?mode=ro";
        return DriverManager.getConnection("jdbc:sqlite:" + url, cfg.toProperties());
    }

    /** A plain connection that opens an existing file and never creates one. */
    private static java.util.Properties noCreate() {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.resetOpenMode(SQLiteOpenMode.CREATE);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        return cfg.toProperties();
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int intValue(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String stringValue(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static FileProblem problemOf(SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                return FileProblem.NOT_DATABASE;
            }
            if (code == SQLiteErrorCode.SQLITE_IOERR_SHORT_READ) {
                return FileProblem.TRUNCATED;
            }
            if (code.name().startsWith("SQLITE_CORRUPT")) {
                return FileProblem.DAMAGED;
            }
        }
        return FileProblem.UNREADABLE;
    }
}
