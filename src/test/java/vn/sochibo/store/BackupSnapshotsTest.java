package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;

/** Consistent copies of a live database, counts, and the atomic replacement of a closed one. */
class BackupSnapshotsTest {
    @TempDir
    Path dir;

    @Test
    void snapshot_whileMainConnectionIsOpenWithUncommittedWork_holdsCommittedDataAndPassesIntegrityCheck()
            throws Exception {
        Path file = dir.resolve("live.db");
        try (Database db = Database.open(file)) {
            DataFiles.addMembers(db, 30, "Đã lưu");
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file, Database.config().toProperties())) {
                other.setAutoCommit(false);
                try (Statement st = other.createStatement()) {
                    st.executeUpdate("INSERT INTO member (full_name, name_key) VALUES ('Chưa lưu', 'chua luu')");
                }
                Path copy = dir.resolve("copy.db");
                Snapshots.snapshot(file, copy);
                other.rollback();
                assertTrue(Snapshots.check(copy, true).isOk());
                assertEquals(new DataCounts(30, 0), Snapshots.counts(copy));
            }
            // the main connection still works after the snapshot
            DataFiles.addMembers(db, 1, "Sau");
        }
    }

    @Test
    void snapshot_ofClosedDatabase_leavesNoJournalFilesBeside() throws Exception {
        Path file = DataFiles.withMembers(dir.resolve("closed.db"), 3);
        Snapshots.snapshot(file, dir.resolve("copy.db"));
        assertFalse(Files.exists(dir.resolve("closed.db-wal")));
        assertFalse(Files.exists(dir.resolve("closed.db-shm")));
        assertEquals(3, Snapshots.counts(dir.resolve("copy.db")).members());
    }

    @Test
    void snapshot_missingDatabase_isRefusedAndCreatesNothing() {
        AppException e = assertThrows(AppException.class,
                () -> Snapshots.snapshot(dir.resolve("none.db"), dir.resolve("copy.db")));
        assertEquals("backup.error.noDatabase", e.key());
        assertFalse(Files.exists(dir.resolve("none.db")));
        assertFalse(Files.exists(dir.resolve("copy.db")));
    }

    @Test
    void counts_withoutMeetingTable_countsMembersAndZeroMeetings() {
        Path file = DataFiles.withMembers(dir.resolve("c.db"), 7);
        assertEquals(new DataCounts(7, 0), Snapshots.counts(file));
    }

    @Test
    void replace_closedDatabaseWithStaleJournal_showsTheNewContentAndDropsTheJournal() throws Exception {
        Path target = DataFiles.withMembers(dir.resolve("t.db"), 5);
        Path source = DataFiles.withMembers(dir.resolve("s.db"), 2);
        Files.writeString(dir.resolve("t.db-wal"), "journal of the old file");
        Files.writeString(dir.resolve("t.db-shm"), "index of the old file");
        DatabaseFiles.replace(source, target);
        assertEquals(2, Snapshots.counts(target).members());
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(target));
        assertFalse(Files.exists(dir.resolve("t.db-wal")));
        assertFalse(Files.exists(dir.resolve("t.db-shm")));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.filter(p -> !p.toString().endsWith(".lock")).count(), "no temporary file is left");
        }
    }

    @Test
    void replace_unreadableSource_leavesTargetAndJournalAsTheyWere() throws Exception {
        Path target = DataFiles.withMembers(dir.resolve("t.db"), 5);
        Files.writeString(dir.resolve("t.db-wal"), "journal");
        byte[] before = Files.readAllBytes(target);
        assertThrows(java.io.IOException.class, () -> DatabaseFiles.replace(dir.resolve("gone.db"), target));
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals("journal", Files.readString(dir.resolve("t.db-wal")));
    }

    @Test
    void inUse_openInTheApp_isTrueAndAfterClosingFalse() {
        Path file = dir.resolve("app.db");
        try (Database db = Database.open(file)) {
            assertTrue(Snapshots.inUse(file));
        }
        assertFalse(Snapshots.inUse(file));
        assertFalse(Snapshots.inUse(dir.resolve("none.db")));
        assertFalse(Files.exists(dir.resolve("none.db")));
    }
}
