package vn.sochibo.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;
import vn.sochibo.store.Database;
import vn.sochibo.store.DataFiles;

/** Making, listing and scheduling backups as the secretary sees them. */
class BackupServiceTest {
    @TempDir
    Path dir;
    private Path db;
    private final BackupService service = new BackupService(BackupFixtures.clock());

    @BeforeEach
    void data() {
        db = BackupFixtures.database(dir.resolve("sochibo.db"), 12);
    }

    @Test
    void backupNow_defaultFolder_writesADatedCopyBesideTheDatabase() {
        BackupFile written = service.backupNow(db, service.defaultFolder(db), null);
        assertEquals(dir.resolve("backups").resolve("sochibo-2026-11-21_1430.db"), written.path());
        assertFalse(written.encrypted());
        assertEquals(BackupState.OK, service.check(written.path(), true, null));
        assertEquals(12, BackupFixtures.members(written.path()));
        assertEquals(List.of("backups", "sochibo.db"), BackupFixtures.names(dir), "no temporary file is left");
    }

    @Test
    void backupNow_whileTheAppHasTheDatabaseOpen_copiesEverythingSaved() {
        try (Database open = Database.open(db)) {
            DataFiles.addMembers(open, 3, "Mới");
            BackupFile written = service.backupNow(db, dir.resolve("usb"), null);
            assertEquals(15, BackupFixtures.members(written.path()));
        }
    }

    @Test
    void backupNow_twiceInTheSameMinute_neverOverwritesAndKeepsTheNewest() {
        BackupFile first = service.backupNow(db, dir.resolve("b"), null);
        BackupFile second = service.backupNow(db, dir.resolve("b"), null);
        assertEquals("sochibo-2026-11-21_1430-2.db", second.fileName());
        assertFalse(Files.exists(first.path()), "only the newest backup of a day is kept");
        assertEquals(List.of("sochibo-2026-11-21_1430-2.db"), BackupFixtures.names(dir.resolve("b")));
    }

    @Test
    void backupNow_withPassword_writesAnEncryptedFileWithoutReadableNames() throws Exception {
        BackupFile written = service.backupNow(db, dir.resolve("b"), BackupFixtures.PASSWORD);
        assertEquals("sochibo-2026-11-21_1430.sochibo-backup", written.fileName());
        String raw = new String(Files.readAllBytes(written.path()), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("SQLite format 3"));
        assertFalse(raw.contains("ng vi"));
        assertEquals(BackupState.OK, service.check(written.path(), true, BackupFixtures.PASSWORD));
        assertEquals(BackupState.WRONG_PASSWORD, service.check(written.path(), true, "sai".toCharArray()));
        assertEquals(BackupState.NEEDS_PASSWORD, service.check(written.path(), true, null));
    }

    @Test
    void backupNow_folderOnAStickThatWasPulledOut_saysSoAndCreatesNothing() {
        Path gone = dir.resolve("media").resolve("USB").resolve("backups");
        AppException e = assertThrows(AppException.class, () -> service.backupNow(db, gone, null));
        assertEquals("backup.error.folderGone", e.key());
        assertTrue(Messages.forLanguage("vi").error(e).contains("USB"));
        assertFalse(Files.exists(dir.resolve("media")));
        assertEquals(List.of("sochibo.db"), BackupFixtures.names(dir), "no temporary file is left");
    }

    @Test
    void backupNow_folderIsAFile_isRefusedAndLeavesNoTemporaryFile() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("backups"), "a file");
        AppException e = assertThrows(AppException.class, () -> service.backupNow(db, notAFolder, null));
        assertTrue(e.key().startsWith("backup.error."));
        assertEquals(List.of("backups", "sochibo.db"), BackupFixtures.names(dir));
    }

    @Test
    void backupNow_missingDatabase_isRefusedAndCreatesNoDatabase() {
        AppException e = assertThrows(AppException.class,
                () -> service.backupNow(dir.resolve("none.db"), dir.resolve("b"), null));
        assertEquals("backup.error.noDatabase", e.key());
        assertFalse(Files.exists(dir.resolve("none.db")));
    }

    @Test
    void list_mixedFolder_showsEveryBackupNewestFirstWithStateAndCounts() throws Exception {
        Path folder = dir.resolve("b");
        BackupService earlier = new BackupService(BackupFixtures.clockAt(BackupFixtures.NOW.minusDays(2)));
        earlier.backupNow(db, folder, null);
        service.backupNow(db, folder, BackupFixtures.PASSWORD);
        DataFiles.damagedCopy(DataFiles.withMembers(dir.resolve("big.db"), 300),
                folder.resolve("sochibo-2026-11-20_0900.db"));
        Files.writeString(folder.resolve("ghi-chu.txt"), "không phải bản sao lưu");

        List<BackupEntry> withPassword = service.list(folder, BackupFixtures.PASSWORD);
        assertEquals(List.of(BackupState.OK, BackupState.DAMAGED, BackupState.OK),
                withPassword.stream().map(BackupEntry::state).toList());
        assertTrue(withPassword.get(0).file().encrypted());
        assertEquals(12, withPassword.get(0).members());
        assertEquals(0, withPassword.get(0).meetings());
        assertEquals(12, withPassword.get(2).members());
        assertTrue(withPassword.get(2).size() > 0);

        List<BackupEntry> withoutPassword = service.list(folder, null);
        assertEquals(BackupState.NEEDS_PASSWORD, withoutPassword.get(0).state());
        assertFalse(withoutPassword.get(0).hasCounts());
    }

    @Test
    void isDue_noFolderOrNoBackup_isTrue() throws Exception {
        assertTrue(service.isDue(dir.resolve("none"), BackupFixtures.NOW));
        assertTrue(service.isDue(Files.createDirectory(dir.resolve("empty")), BackupFixtures.NOW));
    }

    @Test
    void isDue_backupWithin24Hours_isFalseAndAfter24HoursTrue() {
        Path folder = dir.resolve("b");
        service.backupNow(db, folder, null);
        assertFalse(service.isDue(folder, BackupFixtures.NOW.plusHours(23)));
        assertTrue(service.isDue(folder, BackupFixtures.NOW.plusHours(24).plusMinutes(1)));
    }

    @Test
    void isDue_onlyAPreRestoreCopyOrABackupFarInTheFuture_isTrue() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("b"));
        Files.writeString(folder.resolve("truoc-khoi-phuc-2026-11-21_1000.db"), "x");
        Files.writeString(folder.resolve("sochibo-2027-05-01_1000.db"), "x");
        assertTrue(service.isDue(folder, BackupFixtures.NOW));
    }
}
