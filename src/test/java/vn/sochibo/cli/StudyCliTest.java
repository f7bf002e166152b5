package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.RollFixtures;
import vn.sochibo.service.study.StudyService;
import vn.sochibo.testutil.TestUi;

/** The {@code study} command: one TSV line per session with make-ups counted, exit codes, help. */
class StudyCliTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void fill() {
        db = dir.resolve("s.db");
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            RollFixtures f = RollFixtures.write(s);
            StudyService study = s.study();
            long first = study.create(session("18-NQ/TW", "2026-03-10")).id();
            study.mark(first, f.an, AttendanceStatus.PRESENT, "");
            study.mark(first, f.binh, AttendanceStatus.ABSENT_EXCUSED, "Ốm");
            study.mark(first, f.dung, AttendanceStatus.ABSENT_UNEXCUSED, "");
            study.makeUp(first, f.binh, d("2026-03-20"));
            study.create(session("19-NQ/TW", "2026-06-02"));
        }
    }

    private static StudySession session(String symbol, String date) {
        return new StudySession(0, symbol, "Nghị quyết", IssuingLevel.TRUNG_UONG, Organiser.WARD, d(date),
                "Hội trường phường", StudyForm.DIRECT, "", false);
    }

    @Test
    void study_year_printsHeaderAndOneLinePerSessionCountingMakeUps() {
        RosterCliTest.Run r = RosterCliTest.run("study", "--db", db.toString(), "--year", "2026");
        assertEquals(0, r.code(), r.err());
        assertEquals("date\tdocument\tpresent\texpected\trate\n"
                + "2026-03-10\t18-NQ/TW\t2\t3\t66.7\n"
                + "2026-06-02\t19-NQ/TW\t0\t3\t0.0\n", r.out().replace("\r", ""));
    }

    @Test
    void study_yearWithoutSessions_printsOnlyTheHeader() {
        RosterCliTest.Run r = RosterCliTest.run("study", "--db", db.toString(), "--year", "2020");
        assertEquals(0, r.code());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void study_badYear_exitsOneWithOneLineNamingTheOption() {
        RosterCliTest.Run r = RosterCliTest.run("study", "--db", db.toString(), "--year", "26");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--year"), r.err());
    }

    @Test
    void study_help_describesTheCommandInVietnamese() {
        RosterCliTest.Run r = RosterCliTest.run("study", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("In các buổi học tập, quán triệt nghị quyết"), r.out());
    }
}
