package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;

class DatabaseTest {
    @TempDir
    Path dir;

    private static Object pragma(Database db, String name) {
        return db.read(tx -> tx.call(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                return rs.getObject(1);
            }
        }));
    }

    @Test
    void open_newFile_createsSchemaWithForeignKeysWalAndVersion() {
        try (Database db = Database.open(dir.resolve("sub/folder/sochibo.db"))) {
            assertEquals(1, pragma(db, "foreign_keys"));
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals(Migrations.LATEST, pragma(db, "user_version"));
            assertEquals(5000, pragma(db, "busy_timeout"));
        }
    }

    @Test
    void open_newFile_isReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("private.db");
        Database.open(file).close();
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
    }

    @Test
    void write_foreignKeyViolation_isRefusedAndNothingIsWritten() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            assertThrows(AppException.class, () -> db.write(tx -> tx.call(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO member (full_name, name_key) VALUES ('A', 'a')");
                    st.executeUpdate("INSERT INTO member_event (member_id, type, event_date) VALUES (999, 'X', '2020-01-01')");
                }
                return null;
            })));
            assertEquals(0L, (long) db.read(tx -> tx.call(c -> count(c, "member"))));
        }
    }

    @Test
    void open_fileFromNewerVersion_isRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE future (x)");
            st.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        AppException e = assertThrows(AppException.class, () -> Database.open(file));
        assertEquals("db.error.newerVersion", e.key());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void open_textFileNamedDb_isRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "Đây là ghi chú, không phải cơ sở dữ liệu.\n".repeat(50));
        byte[] before = Files.readAllBytes(file);
        AppException e = assertThrows(AppException.class, () -> Database.open(file));
        assertEquals("db.error.notDatabase", e.key());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void open_olderVersion_copiesTheFileAsideThenMigrates() throws Exception {
        Path older = dir.resolve("older.db");
        Database.open(older, List.of("V001__initial.sql")).close();
        try (Database db = Database.open(older, List.of("V001__initial.sql", "T002__add_table.sql"))) {
            assertEquals(2, pragma(db, "user_version"));
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("older.db.v1-")));
        }
    }

    @Test
    void open_firstVersionWithData_isUpgradedKeepingTheData() {
        Path file = dir.resolve("v1.db");
        try (Database v1 = Database.open(file, List.of("V001__initial.sql"))) {
            v1.write(tx -> tx.call(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("INSERT INTO member (full_name, name_key) VALUES ('Lê Văn A', 'le van a')");
                }
            }));
        }
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, pragma(db, "user_version"));
            assertEquals(1L, (long) db.read(tx -> tx.call(c -> count(c, "member"))));
            assertEquals(0L, (long) db.read(tx -> tx.call(c -> count(c, "journal"))));
        }
    }

    @Test
    void open_failingMigration_rollsBackToThePreviousVersion() {
        Path file = dir.resolve("old.db");
        Database.open(file, List.of("V001__initial.sql")).close();
        assertThrows(AppException.class,
                () -> Database.open(file, List.of("V001__initial.sql", "T002__broken.sql")));
        try (Database db = Database.open(file, List.of("V001__initial.sql"))) {
            assertEquals(1, pragma(db, "user_version"));
            assertEquals(0L, (long) db.read(tx -> tx.call(c -> count(c, "sqlite_master WHERE name = 'test_half'"))));
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }
}
