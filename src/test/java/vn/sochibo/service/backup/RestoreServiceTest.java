package vn.sochibo.service.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.store.Database;
import vn.sochibo.store.DataFiles;

/** Restoring a backup: a bad one is refused before anything is touched, a good one can always be undone. */
class RestoreServiceTest {
    @TempDir
    Path dir;
    private Path db;
    private Path folder;
    private final BackupService service = new BackupService(BackupFixtures.clock());

    @BeforeEach
    void data() {
        db = BackupFixtures.database(dir.resolve("sochibo.db"), 5);
        folder = dir.resolve("backups");
    }

    private void addMembers(int count) {
        try (Database open = Database.open(db)) {
            DataFiles.addMembers(open, count, "Thêm");
        }
    }

    /** Asserts the restore is refused with the key, and the database and the backup folder stay as they were. */
    private AppException assertRefusedAndNothingChanged(String key, Executable restore) throws Exception {
        byte[] before = Files.readAllBytes(db);
        List<String> backups = BackupFixtures.names(folder);
        List<String> beside = BackupFixtures.names(dir);
        AppException e = assertThrows(AppException.class, restore);
        assertEquals(key, e.key());
        assertArrayEquals(before, Files.readAllBytes(db));
        assertEquals(backups, BackupFixtures.names(folder), "no pre-restore copy for a refused restore");
        assertEquals(beside, BackupFixtures.names(dir), "no temporary file is left");
        return e;
    }

    @Test
    void restore_goodBackup_bringsBackItsDataAndSavesTheCurrentDataFirst() {
        BackupFile backup = service.backupNow(db, folder, null);
        addMembers(3);
        RestoreResult result = service.restore(db, backup.path(), folder, null);
        assertEquals(5, BackupFixtures.members(db));
        assertEquals(5, result.members());
        BackupFile saved = result.savedBefore().orElseThrow();
        assertEquals(BackupKind.PRE_RESTORE, saved.kind());
        assertTrue(saved.fileName().startsWith("truoc-khoi-phuc-2026-11-21_1430"));
        assertEquals(8, BackupFixtures.members(saved.path()));
        try (Services reopened = Services.open(db, BackupFixtures.clock())) {
            assertEquals(5, reopened.members().count());
            var journal = reopened.journal().entries(java.time.LocalDate.of(2026, 1, 1),
                    java.time.LocalDate.of(2026, 12, 31));
            var last = journal.get(journal.size() - 1);
            assertEquals(vn.sochibo.model.journal.JournalAction.BACKUP_RESTORED, last.action());
            assertEquals(backup.path().getFileName().toString(), last.subject());
        }
    }

    @Test
    void restore_preRestoreCopy_undoesTheRestore() {
        BackupFile backup = service.backupNow(db, folder, null);
        addMembers(3);
        RestoreResult first = service.restore(db, backup.path(), folder, null);
        service.restore(db, first.savedBefore().orElseThrow().path(), folder, null);
        assertEquals(8, BackupFixtures.members(db));
    }

    @Test
    void restore_damagedBackup_isRefusedAndTheDatabaseIsUnchanged() throws Exception {
        Path bad = DataFiles.damagedCopy(DataFiles.withMembers(dir.resolve("good.db"), 300),
                dir.resolve("bad-damaged.db"));
        AppException e = assertRefusedAndNothingChanged("backup.restore.refused.DAMAGED",
                () -> service.restore(db, bad, folder, null));
        assertTrue(Messages.forLanguage("vi").error(e).contains("Dữ liệu hiện tại không bị thay đổi"));
    }

    @Test
    void restore_truncatedBackup_isRefusedAndTheDatabaseIsUnchanged() throws Exception {
        Path bad = DataFiles.truncatedCopy(DataFiles.withMembers(dir.resolve("good.db"), 50),
                dir.resolve("bad-cut.db"));
        assertRefusedAndNothingChanged("backup.restore.refused.TRUNCATED", () -> service.restore(db, bad, folder, null));
    }

    @Test
    void restore_textFile_isRefusedAndTheDatabaseIsUnchanged() throws Exception {
        Path bad = DataFiles.textFile(dir.resolve("bad.db"));
        assertRefusedAndNothingChanged("backup.restore.refused.NOT_DATABASE",
                () -> service.restore(db, bad, folder, null));
    }

    @Test
    void restore_backupFromNewerVersion_isRefusedAndTheDatabaseIsUnchanged() throws Exception {
        Path bad = DataFiles.newerVersion(dir.resolve("bad-newer.db"));
        assertRefusedAndNothingChanged("backup.restore.refused.NEWER_VERSION",
                () -> service.restore(db, bad, folder, null));
    }

    @Test
    void restore_encryptedBackupWithWrongPassword_saysWrongPasswordAndChangesNothing() throws Exception {
        BackupFile backup = service.backupNow(db, folder, BackupFixtures.PASSWORD);
        addMembers(2);
        AppException e = assertRefusedAndNothingChanged("backup.error.wrongPassword",
                () -> service.restore(db, backup.path(), folder, "mật khẩu khác".toCharArray()));
        assertTrue(Messages.forLanguage("vi").error(e).startsWith("Sai mật khẩu"));
        assertEquals(7, BackupFixtures.members(db));
    }

    @Test
    void restore_encryptedBackupWithAFlippedByte_isRefusedAsDamagedAndChangesNothing() throws Exception {
        BackupFile backup = service.backupNow(db, folder, BackupFixtures.PASSWORD);
        try (RandomAccessFile raf = new RandomAccessFile(backup.path().toFile(), "rw")) {
            raf.seek(raf.length() - 20);
            int b = raf.read();
            raf.seek(raf.length() - 20);
            raf.write(b ^ 0x80);
        }
        assertRefusedAndNothingChanged("backup.restore.refused.DAMAGED",
                () -> service.restore(db, backup.path(), folder, BackupFixtures.PASSWORD));
    }

    @Test
    void restore_encryptedBackupWithoutPassword_asksForIt() throws Exception {
        BackupFile backup = service.backupNow(db, folder, BackupFixtures.PASSWORD);
        assertRefusedAndNothingChanged("backup.error.needsPassword",
                () -> service.restore(db, backup.path(), folder, null));
    }

    @Test
    void restore_encryptedBackupWithRightPassword_encryptsThePreRestoreCopyToo() {
        BackupFile backup = service.backupNow(db, folder, BackupFixtures.PASSWORD);
        addMembers(4);
        RestoreResult result = service.restore(db, backup.path(), folder, BackupFixtures.PASSWORD);
        assertEquals(5, BackupFixtures.members(db));
        assertTrue(result.savedBefore().orElseThrow().encrypted());
        assertEquals(BackupState.OK, service.check(result.savedBefore().orElseThrow().path(), true,
                BackupFixtures.PASSWORD));
    }

    @Test
    void restore_whenNoDatabaseExistsYet_createsItWithoutAPreRestoreCopy() {
        BackupFile backup = service.backupNow(db, folder, null);
        Path fresh = dir.resolve("new-place").resolve("sochibo.db");
        RestoreResult result = service.restore(fresh, backup.path(), folder, null);
        assertTrue(result.savedBefore().isEmpty());
        assertEquals(5, BackupFixtures.members(fresh));
    }

    @Test
    void restore_damagedCurrentDatabase_isSavedAsItIsBeforeBeingReplaced() throws Exception {
        BackupFile backup = service.backupNow(db, folder, null);
        byte[] damaged = Files.readAllBytes(DataFiles.damagedCopy(DataFiles.withMembers(dir.resolve("good.db"), 300),
                dir.resolve("bad.db")));
        Files.write(db, damaged);
        RestoreResult result = service.restore(db, backup.path(), folder, null);
        assertArrayEquals(damaged, Files.readAllBytes(result.savedBefore().orElseThrow().path()));
        assertEquals(5, BackupFixtures.members(db));
    }

    @Test
    void restore_missingBackup_isRefused() throws Exception {
        assertRefusedAndNothingChanged("backup.restore.refused.MISSING",
                () -> service.restore(db, dir.resolve("none.db"), folder, null));
        assertFalse(Files.exists(dir.resolve("none.db")));
    }

    @Test
    void restore_whileTheDatabaseIsOpenElsewhere_isRefusedAndChangesNothing() throws Exception {
        BackupFile backup = service.backupNow(db, folder, null);
        try (Database open = Database.open(db)) {
            DataFiles.addMembers(open, 1, "Đang mở");
            AppException e = assertThrows(AppException.class, () -> service.restore(db, backup.path(), folder, null));
            assertEquals("db.error.locked", e.key());
            assertEquals(6L, (long) open.read(tx -> BackupFixtures.members(db)));
        }
        assertEquals(6, BackupFixtures.members(db));
        assertEquals(List.of(backup.fileName()), BackupFixtures.names(folder));
    }
}
