package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.cli.RosterCliTest.Run;
import vn.sochibo.export.meeting.MinutesFixtures;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.service.Services;
import vn.sochibo.store.MeetingRepository;

/** {@code export minutes|resolution}: options, one clear line when the meeting is missing, the file written. */
class ExportDocumentsCliTest {
    @TempDir
    Path dir;

    private String database(boolean withMeeting) {
        Path file = dir.resolve("a.db");
        try (Services s = Services.open(file, java.time.Clock.systemDefaultZone())) {
            s.branch().save(MinutesFixtures.branch().withOfficers(List.of()));
            if (withMeeting) {
                s.database().write(tx -> new MeetingRepository().insert(tx, Meeting.planned(MeetingType.REGULAR,
                        LocalDate.of(2026, 2, 8), LocalTime.of(19, 30), "Nhà văn hóa")));
            }
        }
        return file.toString();
    }

    @Test
    void exportMinutes_noSuchMeeting_oneLineNamingTypeAndMonth() {
        String db = database(true);
        Run r = RosterCliTest.run("export", "minutes", "--db", db, "--meeting", "2026-03", "--out",
                dir.resolve("bb.docx").toString());
        assertEquals(1, r.code());
        assertEquals(List.of("Không có kỳ sinh hoạt loại dinh-ky trong tháng 03/2026. Kiểm tra lại --meeting và "
                + "--type."), r.errLines());
        assertFalse(Files.exists(dir.resolve("bb.docx")));
    }

    @Test
    void exportResolution_otherTypeInEnglish_saysSoInEnglish() {
        String db = database(true);
        Run r = RosterCliTest.run("export", "resolution", "--lang", "en", "--db", db, "--meeting", "2026-02",
                "--type", "chi-uy", "--out", dir.resolve("nq.docx").toString());
        assertEquals(1, r.code());
        assertEquals(List.of("There is no meeting of type chi-uy in 02/2026. Check --meeting and --type."),
                r.errLines());
    }

    @Test
    void exportMinutes_badMonthOrType_namesWhatIsExpected() {
        String db = database(false);
        Run month = RosterCliTest.run("export", "minutes", "--db", db, "--meeting", "02/2026", "--out", "x.docx");
        assertEquals(List.of("Tháng ở --meeting phải theo dạng YYYY-MM, nhận được \"02/2026\""), month.errLines());
        Run type = RosterCliTest.run("export", "minutes", "--db", db, "--meeting", "2026-02", "--type", "thuong-ky",
                "--out", "x.docx");
        assertEquals(List.of("Loại kỳ sinh hoạt \"thuong-ky\" không có; dùng một trong: dinh-ky, chuyen-de, "
                + "bat-thuong, chi-uy"), type.errLines());
    }

    @Test
    void exportMinutes_withoutMeetingOrOut_isAUsageErrorOnOneLine() {
        String db = database(false);
        Run r = RosterCliTest.run("export", "minutes", "--db", db, "--out", "x.docx");
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("YYYY-MM"), r.err());
        assertEquals(1, RosterCliTest.run("export", "resolution", "--db", db, "--meeting", "2026-02").code());
    }

    @Test
    void help_exportGroupListsBothAndEachDescribesItself() {
        assertTrue(RosterCliTest.run("export").out().contains("minutes"));
        assertTrue(RosterCliTest.run("export").out().contains("resolution"));
        Run en = RosterCliTest.run("export", "minutes", "--help", "--lang", "en");
        assertTrue(en.out().contains("Export the minutes of one meeting to a Word file"), en.out());
        assertTrue(en.out().contains("--out=FILE.docx") && en.out().contains("--meeting=YYYY-MM"), en.out());
        Run vi = RosterCliTest.run("export", "resolution", "--help");
        assertTrue(vi.out().contains("Xuất nghị quyết chi bộ"), vi.out());
    }

    @Test
    void exportMinutes_missingDatabase_saysSoWithoutCreatingIt() {
        Path missing = dir.resolve("none.db");
        Run r = RosterCliTest.run("export", "minutes", "--db", missing.toString(), "--meeting", "2026-02", "--out",
                "x.docx");
        assertEquals(1, r.code());
        assertFalse(Files.exists(missing));
    }

    @Test
    void exportMinutesAndResolution_existingMeeting_writeTheFilesAndPrintThePath() {
        String db = database(true);
        Path bb = dir.resolve("bien-ban.docx");
        Run minutes = RosterCliTest.run("export", "minutes", "--db", db, "--meeting", "2026-02", "--out", bb.toString());
        assertEquals(0, minutes.code(), minutes.err());
        assertEquals("Đã xuất biên bản kỳ sinh hoạt ngày 08/02/2026 ra tệp " + bb.toAbsolutePath()
                + " (bản dự thảo: biên bản chưa được thông qua)", minutes.out().strip());
        Path nq = dir.resolve("nghi-quyet.docx");
        Run resolution = RosterCliTest.run("export", "resolution", "--db", db, "--meeting", "2026-02", "--out",
                nq.toString());
        assertEquals(0, resolution.code(), resolution.err());
        assertEquals("Đã xuất nghị quyết số 01 của kỳ sinh hoạt ngày 08/02/2026 ra tệp " + nq.toAbsolutePath(),
                resolution.out().strip());
        assertTrue(Files.isRegularFile(bb) && Files.isRegularFile(nq));
    }
}
