package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    private static final String TODAY = "2026-03-15";

    @TempDir
    Path dir;

    /** Exit code, standard output and standard error of one command line. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void demo_newFile_writesTheDefaultSampleAndPrintsOneSummaryLine() {
        Path db = dir.resolve("mau.db");
        Run r = run("demo", "--db", db.toString(), "--today", TODAY);
        assertEquals(0, r.code(), r.err());
        assertEquals("Đã ghi 35 đảng viên mẫu vào " + db.toAbsolutePath() + System.lineSeparator(), r.out());
        assertEquals("", r.err());
        Run list = run("members", "--db", db.toString(), "--on", TODAY);
        assertEquals(35, list.out().lines().count());
    }

    @Test
    void demo_fileWithMembers_refusedWithOneLineAndNothingAdded() {
        Path db = dir.resolve("mau.db");
        run("demo", "--db", db.toString(), "--today", TODAY);
        Run again = run("demo", "--db", db.toString(), "--today", TODAY, "--seed", "2");
        assertEquals(1, again.code());
        assertEquals(1, again.err().lines().count(), again.err());
        assertTrue(again.err().contains(db.toAbsolutePath().toString()), again.err());
        assertEquals("", again.out());
        assertEquals(35, run("members", "--db", db.toString()).out().lines().count());
    }

    @Test
    void demo_membersOutOfRange_refusedNamingTheOptionWithoutCreatingTheFile() {
        Path db = dir.resolve("mau.db");
        Run r = run("demo", "--db", db.toString(), "--members", "20001");
        assertEquals(1, r.code());
        assertEquals("Số đảng viên mẫu (--members) phải từ 1 đến 20000, nhận được 20001", r.err().strip());
        assertFalse(Files.exists(db));
    }

    @Test
    void demo_yearsOutOfRangeInEnglish_refusedNamingTheOption() {
        Run r = run("demo", "--db", dir.resolve("x.db").toString(), "--years", "31", "--lang", "en");
        assertEquals(1, r.code());
        assertEquals("The years of history (--years) must be from 1 to 30, got 31", r.err().strip());
    }

    @Test
    void demo_badReferenceDate_refusedNamingTheOption() {
        Run r = run("demo", "--db", dir.resolve("x.db").toString(), "--today", "15/03/2026");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--today") && r.err().contains("15/03/2026"), r.err());
    }

    @Test
    void demo_sameSeedAndDate_sameRegisterInAnotherFile() {
        String first = register("a.db", "7");
        assertEquals(first, register("b.db", "7"));
        assertNotEquals(first, register("c.db", "8"));
    }

    @Test
    void demo_largeBranchInEnglish_printsTheCountWithoutSeparators() {
        Path db = dir.resolve("large.db");
        Run r = run("demo", "--db", db.toString(), "--members", "1500", "--years", "10", "--today", TODAY,
                "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertEquals("Wrote 1500 sample members to " + db.toAbsolutePath(), r.out().strip());
    }

    @Test
    void demo_help_describesEveryOption() {
        Run r = run("demo", "--help");
        assertEquals(0, r.code());
        for (String option : new String[] {"--db", "--members", "--years", "--seed", "--today"}) {
            assertTrue(r.out().contains(option), option + " in " + r.out());
        }
        assertTrue(r.out().contains("Tạo một chi bộ khu dân cư mẫu"), r.out());
    }

    private String register(String file, String seed) {
        Path db = dir.resolve(file);
        assertEquals(0, run("demo", "--db", db.toString(), "--seed", seed, "--today", TODAY).code());
        return run("members", "--db", db.toString(), "--on", TODAY).out();
    }
}
