package vn.sochibo.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.service.Services;
import vn.sochibo.service.backup.BackupFile;
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.service.backup.BackupState;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.testutil.TestUi;

class StartRecoveryAndAutoBackupTest {
    @TempDir
    Path dir;
    private TestUi t;
    private Path db;
    private final BackupService backups = new BackupService(TestUi.fixedClock());

    @BeforeEach
    void fill() {
        t = new TestUi();
        db = dir.resolve("sochibo.db");
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            s.members().save(MemberBuilder.member().build(), MemberEntry.admittedHere());
        }
    }

    @AfterEach
    void close() {
        t.dispose();
    }

    private long backupCount() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("sochibo-")).count();
        }
    }

    @Test
    void damagedFile_isLeftUntouchedAndTheNewestGoodBackupRestoresIt() throws Exception {
        BackupFile good = backups.backupNow(db, dir.resolve("backups"), null);
        Files.write(db, "hỏng rồi, không còn là cơ sở dữ liệu".repeat(300).getBytes());
        byte[] damaged = Files.readAllBytes(db);
        StartRecovery recovery = new StartRecovery(backups);

        assertEquals(BackupState.NOT_DATABASE, recovery.check(db));
        assertArrayEquals(damaged, Files.readAllBytes(db));
        assertEquals(good.path(), recovery.newestUsable(dir.resolve("backups")).orElseThrow().path());

        recovery.restore(db, good, dir.resolve("backups"), null);
        assertEquals(BackupState.OK, recovery.check(db));
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            assertEquals(1, s.members().count());
        }
    }

    @Test
    void missingFile_isNotAProblem() {
        assertEquals(BackupState.OK, new StartRecovery(backups).check(dir.resolve("new.db")));
    }

    @Test
    void autoBackup_whenDueAndOnClose_writesBackupsButNotTwiceADay() throws Exception {
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            OpenDatabase open = new OpenDatabase(s, TestUi.fixedClock(), () -> { });
            AutoBackup auto = new AutoBackup(t.ui, backups, open);
            auto.runIfDue();
            assertEquals(1, backupCount());
            auto.runIfDue();
            assertEquals(1, backupCount());
            auto.onClose();
            assertTrue(backupCount() >= 1);
            assertEquals(0, t.dialogs.errors.size());
        }
    }

    @Test
    void autoBackup_unwritableFolder_saysSoOnce() throws Exception {
        Files.writeString(dir.resolve("not-a-folder"), "x");
        t.ui.settings().setBackupFolder(dir.resolve("not-a-folder").toString());
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            AutoBackup auto = new AutoBackup(t.ui, backups, new OpenDatabase(s, TestUi.fixedClock(), () -> { }));
            auto.runIfDue();
            auto.runIfDue();
            assertEquals(1, t.dialogs.errors.size());
            assertTrue(t.dialogs.errors.get(0).startsWith("Không tự sao lưu được"));
        }
    }
}
