package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.Services;

/**
 * Live minutes typed through the service by a process killed with SIGKILL at random moments (issue 3 §8): each
 * reopen passes SQLite's integrity check and shows at least everything acknowledged as saved (the last acknowledged
 * text is a prefix of, or equal to, the stored notes).
 */
@Tag("slow")
class MinutesCrashSafetyTest {
    private static final int KILLS = 20;
    private static final long SEED = 20_261_130L;
    @TempDir
    Path dir;

    @Test
    void minutesWriter_killedAtRandomMoments_keepsEveryAcknowledgedSaveAndAnIntactFile() throws Exception {
        long started = System.nanoTime();
        Path db = Files.createDirectories(dir.resolve("minutes")).resolve("sochibo.db");
        long item;
        try (Services services = Services.open(db, Clock.systemDefaultZone())) {
            Meeting m = MeetingFixtures.meeting(services.database(), LocalDate.of(2026, 11, 21));
            item = MeetingFixtures.items(services.database(), m.id(), "Thảo luận", "Kết luận").get(0);
        }
        Random random = new Random(SEED);
        List<ChildJvm> all = new ArrayList<>();
        int acknowledged = 0;
        int longest = 0;
        try {
            Deque<ChildJvm> spares = new ArrayDeque<>();
            for (int kill = 0; kill < KILLS; kill++) {
                while (spares.size() < 3) {
                    ChildJvm child = ChildJvm.start(Files.createDirectories(dir.resolve("scratch")),
                            MinutesCrashWriter.class);
                    all.add(child);
                    spares.add(child);
                }
                List<String> lines = killAtRandom(spares.remove(), db, item, random);
                acknowledged += (int) lines.stream().filter(l -> l.startsWith("SAVED")).count();
                longest = Math.max(longest, checkAfterRestart(db, item, lines));
            }
        } finally {
            for (ChildJvm child : all) {
                child.kill();
            }
        }
        System.out.println("MinutesCrashSafetyTest: " + KILLS + " kills in " + (System.nanoTime() - started)
                / 1_000_000 + " ms; " + acknowledged + " saves acknowledged; notes grew to " + longest + " chars");
    }

    private static List<String> killAtRandom(ChildJvm child, Path db, long item, Random random) throws Exception {
        assertTrue(child.awaitLine("READY", 60_000), () -> "writer did not start: " + child.lines());
        child.send("GO " + db + " " + item + " " + random.nextLong());
        assertTrue(child.awaitLine("SAVED", 30_000), () -> "no save acknowledged: " + child.lines());
        Thread.sleep(30 + random.nextInt(400));
        child.kill();
        List<String> lines = child.allLines();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("ERROR")), () -> "writer failed: " + lines);
        return lines;
    }

    /** Opens the file as the app would after the crash and compares the notes with the last acknowledged save. */
    private static int checkAfterRestart(Path db, long item, List<String> lines) {
        String[] last = null;
        for (String line : lines) {
            if (line.startsWith("SAVED")) {
                last = line.split(" ");
            }
        }
        try (Services services = Services.open(db, Clock.systemDefaultZone())) {
            assertEquals("ok", integrity(services));
            String stored = MeetingFixtures.notes(services.database(), item);
            int length = Integer.parseInt(last[1]);
            assertTrue(stored.length() >= length, "acknowledged " + length + " chars but found " + stored.length());
            assertEquals(last[2], CrashWriter.sha(stored.substring(0, length)), "acknowledged text is not kept");
            return stored.length();
        }
    }

    private static String integrity(Services services) {
        return services.database().read(tx -> tx.call(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "";
            }
        }));
    }
}
