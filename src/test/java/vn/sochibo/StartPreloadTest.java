package vn.sochibo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.service.Services;
import vn.sochibo.service.backup.BackupState;
import vn.sochibo.testutil.TestUi;

/** The start-up's background check and open: what the window gets, and that nothing is left open or written. */
class StartPreloadTest {
    @TempDir
    Path dir;

    @Test
    void take_goodFile_givesTheOpenServices() {
        Path db = dir.resolve("chibo.db");
        Services.open(db, TestUi.fixedClock()).close();
        StartPreload.Result r = StartPreload.start(db, TestUi.fixedClock()).take(db);
        assertEquals(BackupState.OK, r.state());
        try (Services s = r.servicesOrThrow()) {
            assertNotNull(s);
            assertFalse(s.branch().exists());
        }
    }

    @Test
    void take_missingFile_isOkWithoutCreatingIt() {
        Path db = dir.resolve("new.db");
        StartPreload.Result r = StartPreload.start(db, TestUi.fixedClock()).take(db);
        assertEquals(BackupState.OK, r.state());
        assertNull(r.servicesOrThrow());
        assertFalse(Files.exists(db));
    }

    @Test
    void take_damagedFile_reportsItsStateAndLeavesItUntouched() throws IOException {
        Path db = dir.resolve("broken.db");
        Files.writeString(db, "not a database at all", StandardCharsets.UTF_8);
        StartPreload.Result r = StartPreload.start(db, TestUi.fixedClock()).take(db);
        assertFalse(r.state().isOk());
        assertNull(r.services());
        assertEquals("not a database at all", Files.readString(db, StandardCharsets.UTF_8));
    }

    @Test
    void take_anotherFile_closesWhatWasOpenedAndGivesNothing() {
        Path db = dir.resolve("chibo.db");
        Services.open(db, TestUi.fixedClock()).close();
        assertNull(StartPreload.start(db, TestUi.fixedClock()).take(dir.resolve("other.db")));
        try (Services again = Services.open(db, TestUi.fixedClock())) {
            assertFalse(again.database().isReadOnly(), "the writer lock was given back");
        }
    }
}
