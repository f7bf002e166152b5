package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;

/** One writer at a time: a second opener is refused by name, readers read beside it, a crash never locks the file. */
class DatabaseLockTest {
    @TempDir
    Path dir;

    private static int members(Database db) {
        return db.read(tx -> tx.call(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM member")) {
                return rs.getInt(1);
            }
        }));
    }

    private static void addMember(Database db) {
        db.write(tx -> tx.call(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO member (full_name, name_key) VALUES ('Lê Văn A', 'le van a')");
            }
        }));
    }

    private static void assertLocked(Path file, Runnable open) {
        AppException e = assertThrows(AppException.class, open::run);
        assertEquals("db.error.locked", e.key());
        String vi = Messages.forLanguage("vi").error(e);
        String en = Messages.forLanguage("en").error(e);
        assertTrue(vi.contains(file.toAbsolutePath().toString()) && vi.contains("một bản Sổ Chi Bộ khác"), vi);
        assertTrue(en.contains(file.toAbsolutePath().toString()) && en.contains("another copy of Sổ Chi Bộ"), en);
    }

    @Test
    void open_twiceInOneProcess_secondIsRefusedNamingTheFile() {
        Path file = dir.resolve("chi-bo.db");
        try (Database first = Database.open(file)) {
            assertLocked(file, () -> Database.open(file));
            assertLocked(file, () -> Database.open(dir.resolve("x/../chi-bo.db")));
            assertEquals(0, members(first), "the refused opener changed nothing");
        }
        Database.open(file).close();
    }

    @Test
    void open_throughALinkedFolder_isTheSameFileAndRefused() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        try (Database first = Database.open(real.resolve("a.db"))) {
            assertLocked(link.resolve("a.db"), () -> Database.open(link.resolve("a.db")));
        }
    }

    @Test
    void open_lockFileLeftBehind_opensAndKeepsIt() throws Exception {
        Path file = dir.resolve("b.db");
        Database.open(file).close();
        Path lock = dir.resolve("b.db.lock");
        assertTrue(Files.exists(lock), "the lock file stays after a normal close");
        Files.writeString(lock, "12345 left by a crashed copy");
        try (Database db = Database.open(file)) {
            assertEquals(0, members(db));
        }
        Files.writeString(dir.resolve("c.db.lock"), "");
        Database.open(dir.resolve("c.db")).close();
    }

    @Test
    void open_refusedFile_releasesTheLock() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "không phải cơ sở dữ liệu\n".repeat(40));
        assertEquals("db.error.notDatabase", assertThrows(AppException.class, () -> Database.open(file)).key());
        Files.delete(file);
        Database.open(file).close();
    }

    @Test
    void open_closedAndReopened_canWriteAgain() {
        Path file = dir.resolve("d.db");
        for (int i = 0; i < 3; i++) {
            try (Database db = Database.open(file)) {
                addMember(db);
            }
        }
        try (Database db = Database.open(file)) {
            assertEquals(3, members(db));
        }
    }

    @Test
    void openForReading_whileAWriterIsOpen_readsCommittedDataAndRefusesWrites() {
        Path file = dir.resolve("e.db");
        try (Database writer = Database.open(file)) {
            addMember(writer);
            try (Database reader = Database.openForReading(file)) {
                assertTrue(reader.isReadOnly());
                assertEquals(1, members(reader));
                addMember(writer);
                assertEquals(2, members(reader), "each read sees the latest commit");
                assertLocked(file, () -> addMember(reader));
            }
            addMember(writer);
            assertLocked(file, () -> Database.open(file));
        }
    }

    @Test
    void openForReading_noOtherCopy_opensAsTheWriter() {
        Path file = dir.resolve("f.db");
        try (Database reader = Database.openForReading(file)) {
            assertFalse(reader.isReadOnly());
            addMember(reader);
            assertLocked(file, () -> Database.open(file));
        }
    }

    @Test
    void openForReading_missingFile_createsItAsTheWriter() {
        try (Database db = Database.openForReading(dir.resolve("new/h.db"))) {
            assertFalse(db.isReadOnly());
            assertEquals(Migrations.LATEST, (int) db.read(tx -> tx.call(c -> {
                try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
                    return rs.getInt(1);
                }
            })));
        }
    }

    @Test
    void openForReading_olderFileWhileAWriterIsOpen_isRefusedAsItCannotBeUpgraded() {
        Path file = dir.resolve("g.db");
        try (Database older = Database.open(file, List.of("V001__initial.sql"))) {
            assertLocked(file, () -> Database.openForReading(file));
        }
    }

    @Test
    void open_lockFileCannotBeCreated_writerRefusedAndReaderReads() throws Exception {
        Path file = dir.resolve("h.db");
        try (Database db = Database.open(file)) {
            addMember(db);
        }
        Files.delete(dir.resolve("h.db.lock"));
        Files.createDirectory(dir.resolve("h.db.lock"));
        AppException e = assertThrows(AppException.class, () -> Database.open(file));
        assertEquals("db.error.readOnlyFolder", e.key());
        assertTrue(Messages.forLanguage("vi").error(e).contains(file.toAbsolutePath().toString()));
        try (Database reader = Database.openForReading(file)) {
            assertTrue(reader.isReadOnly());
            assertEquals(1, members(reader));
        }
    }

    @Test
    void open_whileAnotherProcessHoldsIt_isRefusedUntilThatProcessIsKilled() throws Exception {
        Path file = dir.resolve("shared.db");
        ChildJvm other = ChildJvm.start(Files.createDirectories(dir.resolve("scratch")), CrashWriter.class, "hold",
                file.toString());
        try {
            assertTrue(other.awaitLine("OPEN", 60_000), () -> "other copy did not open: " + other.lines());
            assertLocked(file, () -> Database.open(file));
            assertLocked(file, () -> Services.open(file, Clock.systemDefaultZone()));
            try (Services reader = Services.openForReading(file, Clock.systemDefaultZone())) {
                assertEquals(1, reader.members().count());
                assertLocked(file, () -> reader.members().save(MemberBuilder.member().build(),
                        MemberEntry.admittedHere()));
            }
        } finally {
            other.kill();
        }
        try (Database db = Database.open(file)) {
            assertEquals(1, members(db), "the killed copy's lock is gone with its process");
        }
    }

    @Test
    void open_anotherProcessClosedNormally_opens() throws Exception {
        Path file = dir.resolve("handed.db");
        ChildJvm other = ChildJvm.start(Files.createDirectories(dir.resolve("scratch")), CrashWriter.class, "hold",
                file.toString());
        assertTrue(other.awaitLine("OPEN", 60_000), () -> "other copy did not open: " + other.lines());
        assertEquals(0, other.finish(30_000));
        assertEquals(List.of("OPEN", "CLOSED"), other.allLines());
        try (Database db = Database.open(file)) {
            assertEquals(1, members(db));
        }
    }
}
