package vn.sochibo.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sqlite.SQLiteConfig;
import vn.sochibo.model.AppException;

/**
 * Numbered SQL migrations (store/migrations/V001__initial.sql …) applied in one transaction and tracked with
 * PRAGMA user_version. The file is copied aside before a migration; a file from a newer version is refused
 * without being touched.
 */
final class Migrations {
    /** The migration scripts of this build, in order; the schema version is their count. */
    static final List<String> SCRIPTS = List.of("V001__initial.sql", "V002__settings_and_journal.sql",
            "V003__meetings.sql", "V004__study.sql", "V005__reports.sql");
    /** The schema version this build writes. */
    static final int LATEST = SCRIPTS.size();
    private final Connection connection;
    private final Path file;
    private final List<String> scripts;

    Migrations(Connection connection, Path file, List<String> scripts) {
        this.connection = connection;
        this.file = file;
        this.scripts = scripts;
    }

    /** Opens the existing file read-only and refuses it if it is not ours or comes from a newer version. */
    static void checkReadable(Path file, int latest) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, cfg.toProperties());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            int version = rs.getInt(1);
            if (version > latest) {
                throw new AppException("db.error.newerVersion", file, String.valueOf(version),
                        String.valueOf(latest));
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        }
    }

    void apply() {
        try {
            int current = userVersion();
            if (current >= scripts.size()) {
                return;
            }
            if (current > 0) {
                copyAside(current);
            }
            runFrom(current);
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        }
    }

    private void runFrom(int current) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (int v = current + 1; v <= scripts.size(); v++) {
                for (String sql : statements(scripts.get(v - 1))) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = " + scripts.size());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private int userVersion() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private void copyAside(int version) throws SQLException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path copy = file.resolveSibling(file.getFileName() + ".v" + version + "-" + stamp + ".bak");
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
        }
        if (!Files.exists(copy)) {
            throw new AppException("db.error.migrationCopy", copy);
        }
    }

    private static String[] statements(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            return java.util.Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
