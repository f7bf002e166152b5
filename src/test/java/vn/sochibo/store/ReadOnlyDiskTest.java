package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;

/**
 * A database on a read-only disk (a write-protected USB stick, a CD): reading commands still read it, writing is
 * refused with a message saying to copy it. Needs a real read-only mount, so it runs only where the test may mount a
 * small file system (Linux as root, as in the project's CI container); elsewhere it is skipped.
 */
class ReadOnlyDiskTest {
    @TempDir
    Path dir;
    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    @Test
    void openForReading_onReadOnlyDisk_readsAndWritesAreRefused() throws Exception {
        Path disk = mountDisk();
        Path file = disk.resolve("sochibo.db");
        try (Services s = Services.open(file, Clock.systemDefaultZone())) {
            s.members().save(MemberBuilder.member().name("Trần Văn Bình").build(), MemberEntry.admittedHere());
        }
        assumeTrue(run("mount", "-o", "remount,ro", disk.toString()), "read-only remount not allowed here");
        assertTrue(Files.getFileStore(disk).isReadOnly());
        assertFalse(Files.exists(disk.resolve("sochibo.db-shm")), "closed cleanly: SQLite cannot make its index here");
        try (Services reader = Services.openForReading(file, Clock.systemDefaultZone())) {
            assertEquals("Trần Văn Bình", reader.members().all().get(0).member().fullName());
            AppException e = assertThrows(AppException.class, () -> reader.members().delete(1));
            assertEquals("db.error.readOnlyFolder", e.key());
        }
        assertEquals("db.error.readOnlyFolder",
                assertThrows(AppException.class, () -> Database.open(file)).key());
    }

    /** A small separate file system (a stand-in for a USB stick), writable until remounted read-only. */
    private Path mountDisk() throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux") && "root".equals(System.getProperty("user.name")),
                "mounting a file system needs Linux and root");
        Path target = Files.createDirectories(dir.resolve("ổ đĩa USB #1"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", target.toString()), "mount not allowed here");
        mounted = target;
        return target;
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
    }
}
