package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import vn.sochibo.service.study.StudyWorkbookReader;
import vn.sochibo.service.study.StudyWorkbookReader.ReadSheet;
import vn.sochibo.testutil.TestUi;

/** {@code export study}: the year's workbook written and named, clear one-line errors, help in Vietnamese. */
class ExportStudyCliTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void fill() {
        db = dir.resolve("s.db");
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            RollFixtures f = RollFixtures.write(s);
            long id = s.study().create(new StudySession(0, "57-NQ/TW", "Về đột phá phát triển khoa học, công "
                    + "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", IssuingLevel.TRUNG_UONG, Organiser.WARD,
                    d("2026-02-10"), "Hội trường phường", StudyForm.ONLINE, "", false)).id();
            s.study().mark(id, f.an, AttendanceStatus.PRESENT, "");
            s.study().mark(id, f.binh, AttendanceStatus.ABSENT_EXCUSED, "Ốm");
        }
    }

    @Test
    void exportStudy_year_writesTheWorkbookAndSaysHowManySessions() throws Exception {
        Path out = dir.resolve("hoc-tap.xlsx");
        RosterCliTest.Run r = RosterCliTest.run("export", "study", "--db", db.toString(), "--year", "2026", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Đã xuất bảng theo dõi học tập, quán triệt năm 2026 (1 buổi học tập) ra tệp "
                + out.toAbsolutePath(), r.out().strip());
        List<ReadSheet> sheets = StudyWorkbookReader.read(out);
        assertEquals(3, sheets.size());
        assertEquals(List.of("x", "1.0", "1.0", "100.0"), sheets.get(0).row(1, "Nguyễn Văn An").subList(3, 7));
        assertEquals("P", sheets.get(0).row(1, "Trần Thị Bình").get(3));
        assertEquals("Trực tuyến", sheets.get(1).row(2, "57-NQ/TW").get(6));
    }

    @Test
    void exportStudy_inEnglish_confirmsInEnglish() {
        Path out = dir.resolve("study.xlsx");
        RosterCliTest.Run r = RosterCliTest.run("export", "study", "--lang", "en", "--db", db.toString(), "--year",
                "2026", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Exported the study sessions of 2026 (sessions: 1)"), r.out());
    }

    @Test
    void exportStudy_badYear_oneLineNamingTheOptionAndNoFile() {
        Path out = dir.resolve("x.xlsx");
        RosterCliTest.Run r = RosterCliTest.run("export", "study", "--db", db.toString(), "--year", "26", "--out",
                out.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("Năm ở --year phải là số có 4 chữ số (từ 1930), nhận được \"26\""), r.errLines());
        assertFalse(Files.exists(out));
    }

    @Test
    void exportStudy_missingDatabaseOrFolder_saysWhichFile() {
        RosterCliTest.Run noDb = RosterCliTest.run("export", "study", "--db", dir.resolve("none.db").toString(),
                "--year", "2026", "--out", dir.resolve("x.xlsx").toString());
        assertEquals(1, noDb.code());
        assertEquals(1, noDb.errLines().size(), noDb.err());
        assertTrue(noDb.err().contains("none.db"), noDb.err());
        assertFalse(Files.exists(dir.resolve("none.db")));
        Path out = dir.resolve("missing").resolve("x.xlsx");
        RosterCliTest.Run noFolder = RosterCliTest.run("export", "study", "--db", db.toString(), "--year", "2026",
                "--out", out.toString());
        assertEquals(1, noFolder.code());
        assertTrue(noFolder.err().contains("Không ghi được tệp"), noFolder.err());
    }

    @Test
    void exportStudy_help_describesTheWorkbookInVietnamese() {
        RosterCliTest.Run r = RosterCliTest.run("export", "study", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Xuất bảng theo dõi học tập, quán triệt nghị quyết"), r.out());
    }
}
