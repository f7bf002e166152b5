package vn.sochibo.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import vn.sochibo.model.AppException;

/**
 * Database files as a whole, for the hand-over kit (copies are made with {@link Snapshots#snapshot}): facts read
 * from a copy, an integrity check that never writes and lists what SQLite found, and settling a file before it is
 * replaced. Each method opens and closes its own connection.
 */
public final class HandoverSnapshot {
    private static final int BUSY_TIMEOUT_MS = 5000;

    private HandoverSnapshot() {
    }

    /** What a database file holds, as the kit's manifest tells it. */
    public record Facts(int schemaVersion, String branchName, int memberCount) {
    }

    /** The schema version this build writes. */
    public static int latestSchema() {
        return Migrations.LATEST;
    }

    /**
     * Moves everything written in the write-ahead log of {@code db} into the file itself and empties the log, so
     * the file alone holds the data and a stale log can never be applied to a file put in its place.
     */
    public static void settle(Path db) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, cfg.toProperties());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        }
    }

    /** The schema version, branch name ("" when none) and member count of a database copy; never writes. */
    public static Facts facts(Path file) {
        try (Connection c = immutable(file); Statement st = c.createStatement()) {
            int version = intOf(st, "PRAGMA user_version");
            if (!hasTable(st, "member") || !hasTable(st, "branch")) {
                return new Facts(version, "", -1);
            }
            String branch = "";
            try (ResultSet rs = st.executeQuery("SELECT branch_name FROM branch WHERE id = 1")) {
                if (rs.next()) {
                    branch = rs.getString(1);
                }
            }
            return new Facts(version, branch, intOf(st, "SELECT count(*) FROM member"));
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        }
    }

    /** The branch name of a database that may be open elsewhere ("" when none); reads, never writes. */
    public static String branchName(Path db) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, cfg.toProperties());
             Statement st = c.createStatement()) {
            if (!hasTable(st, "branch")) {
                return "";
            }
            try (ResultSet rs = st.executeQuery("SELECT branch_name FROM branch WHERE id = 1")) {
                return rs.next() ? rs.getString(1) : "";
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        }
    }

    /** What {@code PRAGMA integrity_check} finds wrong with the file (empty when sound); never writes. */
    public static List<String> integrityProblems(Path file) {
        List<String> problems = new ArrayList<>();
        try (Connection c = immutable(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        }
        return problems;
    }

    /** A read-only connection that takes no locks and creates no journal or log files beside the file. */
    private static Connection immutable(Path file) throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw new AppException("db.error.notDatabase");
        }
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + SqliteUri.of(file) + "?immutable=1", cfg.toProperties());
    }

    private static boolean hasTable(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '"
                + name + "'")) {
            return rs.getInt(1) == 1;
        }
    }

    private static int intOf(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.getInt(1);
        }
    }
}
