package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.member.Member;
import vn.sochibo.service.Services;

/**
 * A writer process killed with SIGKILL at a random moment (member edits, 200-member imports, autosaves of long
 * notes): the next start opens the file by itself, it passes SQLite's integrity check, every acknowledged commit is
 * there, no import is ever half written, and nothing but the database, its WAL files and the lock file is left.
 */
@Tag("slow")
class CrashSafetyTest {
    private static final int KILLS_PER_KIND = 18;
    private static final int SPARES = 2;
    private static final long SEED = 20_261_121L;
    private static final boolean WINDOWS = System.getProperty("os.name").toLowerCase().contains("win");
    @TempDir
    Path dir;

    @Test
    void writers_killedAtRandomMoments_keepEveryAcknowledgedCommitAndAnIntactFile() throws Exception {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        List<CrashLedger> ledgers = List.of(values("edit", 10, m -> m.contact().phone()),
                new CrashLedger.Batches(folder("import")), values("autosave", 1, m -> CrashWriter.sha(m.note())));
        List<ChildJvm> all = new ArrayList<>();
        try {
            // writers start two kills ahead, so the next one has loaded its classes while this one runs
            Deque<ChildJvm> spares = new ArrayDeque<>();
            for (int kill = 0; kill < 3 * KILLS_PER_KIND; kill++) {
                while (spares.size() <= SPARES) {
                    spares.add(startWriter(all));
                }
                killAtRandom(spares.remove(), ledgers.get(kill % 3), kill, random);
            }
        } finally {
            for (ChildJvm child : all) {
                child.kill();
            }
        }
        summary(ledgers, (System.nanoTime() - started) / 1_000_000);
    }

    private ChildJvm startWriter(List<ChildJvm> all) throws IOException {
        ChildJvm child = ChildJvm.start(Files.createDirectories(dir.resolve("scratch")), CrashWriter.class, "writer");
        all.add(child);
        return child;
    }

    /** Lets the writer commit for 50–600 ms after its first acknowledged commit, kills it, then checks the file. */
    private static void killAtRandom(ChildJvm child, CrashLedger ledger, int kill, Random random) throws Exception {
        assertTrue(child.awaitLine("READY", 60_000), () -> "writer did not start: " + child.lines());
        child.send(String.join(" ", "GO", ledger.kind, ledger.db.toString(), String.valueOf(kill),
                String.valueOf(random.nextLong())));
        assertTrue(child.awaitLine("SAVED", 30_000), () -> "no commit acknowledged: " + child.lines());
        Thread.sleep(50 + random.nextInt(551));
        int exit = child.kill();
        List<String> lines = child.allLines();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("ERROR")), () -> "writer failed: " + lines);
        assertEquals(WINDOWS ? 1 : 137, exit, "killed, not ended normally");
        assertOnlyDatabaseFiles(ledger.db);
        checkAfterRestart(ledger, lines);
    }

    private CrashLedger values(String kind, int members, Function<Member, String> value) throws IOException {
        Path db = folder(kind);
        try (Services services = Services.open(db, Clock.systemDefaultZone())) {
            CrashWriter.addMembers(services, members);
            return new CrashLedger.Values(kind, db, services, value);
        }
    }

    private Path folder(String kind) throws IOException {
        return Files.createDirectories(dir.resolve(kind)).resolve("sochibo.db");
    }

    /** What a start after the crash does: open with the app's own code, check the file, compare with the ledger. */
    private static void checkAfterRestart(CrashLedger ledger, List<String> lines) {
        try (Services services = Services.open(ledger.db, Clock.systemDefaultZone())) {
            assertEquals("ok", pragma(services, "integrity_check"));
            assertEquals("", pragma(services, "foreign_key_check"));
            ledger.check(services, lines);
        }
        assertOnlyDatabaseFiles(ledger.db);
    }

    private static String pragma(Services services, String name) {
        return services.database().read(tx -> tx.call(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                StringBuilder out = new StringBuilder();
                while (rs.next()) {
                    out.append(out.length() == 0 ? "" : "\n").append(rs.getString(1));
                }
                return out.toString();
            }
        }));
    }

    /** No temporary or stray file that a later start could mistake for data. */
    private static void assertOnlyDatabaseFiles(Path db) {
        String name = db.getFileName().toString();
        Set<String> allowed = Set.of(name, name + "-wal", name + "-shm", name + WriterLock.SUFFIX);
        try (Stream<Path> files = Files.list(db.getParent())) {
            Set<String> found = files.map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(allowed.containsAll(found), "stray files beside the database: " + found);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void summary(List<CrashLedger> ledgers, long millis) {
        StringBuilder b = new StringBuilder("CrashSafetyTest: " + 3 * KILLS_PER_KIND + " kills in " + millis + " ms;");
        for (CrashLedger l : ledgers) {
            b.append(' ').append(l.kind).append(": ").append(l.acknowledged).append(" commits acknowledged, ")
                    .append(l.killedMidWrite).append(" kills during a write, ").append(l.inFlightKept)
                    .append(" of those writes found whole (none partly);");
        }
        System.out.println(b);
    }
}
