package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.RollFixtures;
import vn.sochibo.testutil.TestUi;

/** The {@code meetings} and {@code export attendance} commands: TSV lines, the workbook, exit codes, messages. */
class MeetingsCliTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void fill() {
        db = dir.resolve("m.db");
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            RollFixtures.write(s);
        }
    }

    @Test
    void meetings_year_printsHeaderAndOneTsvLinePerMeeting() {
        RosterCliTest.Run r = RosterCliTest.run("meetings", "--db", db.toString(), "--year", "2026");
        assertEquals(0, r.code(), r.err());
        assertEquals("date\ttype\tpresent\texpected\tgrade\tadopted\n"
                + "2026-01-08\tdinh-ky\t2\t3\t92\tyes\n"
                + "2026-02-05\tdinh-ky\t3\t3\t\tno\n"
                + "2026-03-12\tchuyen-de\t0\t3\t\tno\n", r.out().replace("\r", ""));
    }

    @Test
    void meetings_yearWithoutMeetings_printsOnlyTheHeader() {
        RosterCliTest.Run r = RosterCliTest.run("meetings", "--db", db.toString(), "--year", "2020");
        assertEquals(0, r.code());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void meetings_badYear_exitsOneWithOneLineNamingTheOption() {
        RosterCliTest.Run r = RosterCliTest.run("meetings", "--db", db.toString(), "--year", "26");
        assertEquals(1, r.code());
        assertEquals("Năm ở --year phải là số có 4 chữ số (từ 1930), nhận được \"26\"", r.err().strip());
    }

    @Test
    void meetings_missingDatabase_exitsOneAndCreatesNoFile() {
        Path missing = dir.resolve("none.db");
        RosterCliTest.Run r = RosterCliTest.run("meetings", "--db", missing.toString(), "--year", "2026", "--lang",
                "en");
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size());
        assertFalse(Files.exists(missing));
    }

    @Test
    void exportAttendance_year_writesTheWorkbookAndPrintsThePath() {
        Path out = dir.resolve("diem-danh-2026.xlsx");
        RosterCliTest.Run r = RosterCliTest.run("export", "attendance", "--db", db.toString(), "--year", "2026",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out));
        assertTrue(r.out().contains("(2 buổi sinh hoạt định kỳ)"), r.out());
        assertTrue(r.out().contains(out.toAbsolutePath().toString()));
    }

    @Test
    void exportAttendance_help_describesTheCommandInVietnamese() {
        RosterCliTest.Run r = RosterCliTest.run("export", "attendance", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Xuất bảng theo dõi đảng viên dự sinh hoạt"), r.out());
    }
}
