package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code bench} command: one figure a line with a number and a unit, exit codes, no file left behind. */
class BenchCliTest {
    private static final Pattern FIGURE = Pattern.compile("([a-z-]+)\t(\\d+(\\.\\d)?)\t(ms|MB|count)");

    @TempDir
    Path dir;

    @Test
    void bench_smallDemoDatabase_printsEveryExpectedFigureWithANumber() {
        Path db = dir.resolve("mau.db");
        RosterCliTest.Run demo = RosterCliTest.run("demo", "--db", db.toString(), "--members", "12", "--years", "2",
                "--today", "2026-03-15");
        assertEquals(0, demo.code(), demo.err());
        RosterCliTest.Run r = RosterCliTest.run("bench", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> names = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            var m = FIGURE.matcher(line);
            assertTrue(m.matches(), line);
            names.add(m.group(1));
        }
        List<String> expected = new ArrayList<>(List.of("open-db-first", "open-db", "migrate-new-db",
                "member-list-first", "member-list", "members", "search-keystrokes", "search-keystroke-median",
                "search-keystroke-max", "minutes-docx-first", "minutes-docx", "attendance-xlsx-first",
                "attendance-xlsx", "attendance-meetings", "reminders-first", "reminders", "reminders-found",
                "peak-heap"));
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            expected.add("peak-rss");
        }
        assertEquals(expected, names);
        assertTrue(r.out().contains("members\t12\tcount"), r.out());
    }

    @Test
    void bench_missingDatabase_exitsOneWithOneLineAndCreatesNoFile() {
        Path missing = dir.resolve("none.db");
        RosterCliTest.Run r = RosterCliTest.run("bench", "--db", missing.toString(), "--lang", "en");
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains(missing.toString()), r.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void bench_help_describesTheCommandInVietnamese() {
        RosterCliTest.Run r = RosterCliTest.run("bench", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Đo tốc độ của chương trình"), r.out());
    }
}
