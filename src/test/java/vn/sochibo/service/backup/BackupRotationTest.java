package vn.sochibo.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotation over 40 backups across 14 months: exactly the right ones remain, other files are never touched. */
class BackupRotationTest {
    @TempDir
    Path folder;
    private final Set<String> kept = new TreeSet<>();
    private final Set<String> removed = new TreeSet<>();

    private void backup(BackupKind kind, String at, boolean encrypted, boolean keep) throws Exception {
        String name = BackupNames.name(kind, LocalDateTime.parse(at), 1, encrypted);
        Files.writeString(folder.resolve(name), "x");
        (keep ? kept : removed).add(name);
    }

    @BeforeEach
    void fabricate() throws Exception {
        // November 2026: 17 days with a backup, two on the 21st and on the 8th; the 14 newest days are kept
        for (int day = 21; day >= 5; day--) {
            backup(BackupKind.REGULAR, String.format("2026-11-%02dT18:00", day), day % 3 == 0, day >= 8);
        }
        backup(BackupKind.REGULAR, "2026-11-21T08:00", false, false);
        backup(BackupKind.REGULAR, "2026-11-08T09:00", true, false);
        // October 2026: the newest of the month stays
        backup(BackupKind.REGULAR, "2026-10-31T20:00", false, true);
        backup(BackupKind.REGULAR, "2026-10-15T10:00", false, false);
        // September 2026 back to October 2025: the newest of each of the 12 newest months with a backup stays
        LocalDateTime month = LocalDateTime.parse("2026-09-28T19:00");
        for (int i = 0; i < 12; i++) {
            LocalDateTime at = month.minusMonths(i);
            backup(BackupKind.REGULAR, at.toString(), false, i < 10);
            if (i % 4 == 0) {
                backup(BackupKind.REGULAR, at.withDayOfMonth(2).toString(), false, false);
            }
        }
        // copies taken before a restore: kept 30 days
        backup(BackupKind.PRE_RESTORE, "2026-11-10T10:00", false, true);
        backup(BackupKind.PRE_RESTORE, "2026-10-25T09:00", true, true);
        backup(BackupKind.PRE_RESTORE, "2026-09-01T10:00", false, false);
        backup(BackupKind.PRE_RESTORE, "2026-08-01T10:00", true, false);
    }

    @Test
    void fixture_hasFortyBackups() {
        assertEquals(40, kept.size() + removed.size());
        assertEquals(27, kept.size());
    }

    @Test
    void rotate_fourteenMonthsOfBackups_keepsDailyMonthlyAndRecentPreRestoreOnly() {
        BackupService service = new BackupService(BackupFixtures.clock());
        List<Path> deleted = service.rotate(folder);
        assertEquals(kept, new TreeSet<>(BackupFixtures.names(folder)));
        Set<String> deletedNames = new TreeSet<>();
        deleted.forEach(p -> deletedNames.add(p.getFileName().toString()));
        assertEquals(removed, deletedNames);
    }

    @Test
    void rotate_foreignFilesAndFolders_areLeftUntouched() throws Exception {
        List<String> foreign = List.of("ghi-chu.txt", "sochibo-ban-cu.db", "sochibo-2026-13-01_1000.db",
                "Sochibo-2026-01-01_1000.db", "sochibo.db", "sochibo-2025-01-01_1000.db.bak");
        for (String name : foreign) {
            Files.writeString(folder.resolve(name), "của người dùng");
        }
        Files.createDirectory(folder.resolve("sochibo-2025-02-02_1000.db"));
        new BackupService(BackupFixtures.clock()).rotate(folder);
        List<String> expected = new ArrayList<>(kept);
        expected.addAll(foreign);
        expected.add("sochibo-2025-02-02_1000.db");
        assertEquals(new TreeSet<>(expected), new TreeSet<>(BackupFixtures.names(folder)));
        for (String name : foreign) {
            assertEquals("của người dùng", Files.readString(folder.resolve(name)));
        }
    }

    @Test
    void rotate_onlyOldPreRestoreCopies_keepsTheNewestOne() throws Exception {
        Path other = Files.createDirectory(folder.resolve("only"));
        Files.writeString(other.resolve("truoc-khoi-phuc-2025-01-01_1000.db"), "x");
        Files.writeString(other.resolve("truoc-khoi-phuc-2025-03-01_1000.db"), "x");
        new BackupService(BackupFixtures.clock()).rotate(other);
        assertEquals(List.of("truoc-khoi-phuc-2025-03-01_1000.db"), BackupFixtures.names(other));
    }

    @Test
    void rotate_unfinishedCopyLeftByAPowerCut_isRemovedOnlyWhenOlderThanADay() throws Exception {
        Path other = Files.createDirectory(folder.resolve("parts"));
        Path old = Files.writeString(other.resolve(".sochibo-2026-11-19_1000.db.1234.part"), "x");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(
                BackupFixtures.NOW.minusDays(2).atZone(java.time.ZoneId.systemDefault()).toInstant()));
        Path fresh = Files.writeString(other.resolve(".sochibo-2026-11-21_1429.db.5678.part"), "x");
        Files.setLastModifiedTime(fresh, java.nio.file.attribute.FileTime.from(
                BackupFixtures.NOW.minusMinutes(1).atZone(java.time.ZoneId.systemDefault()).toInstant()));
        Path foreign = Files.writeString(other.resolve(".other.part"), "x");
        Files.setLastModifiedTime(foreign, Files.getLastModifiedTime(old));
        new BackupService(BackupFixtures.clock()).rotate(other);
        assertEquals(List.of(".other.part", ".sochibo-2026-11-21_1429.db.5678.part"), BackupFixtures.names(other));
    }
}
