package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.reminder.Reminder;
import vn.sochibo.model.reminder.ReminderKind;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.testutil.TestUi;

/** The {@code reminders} command: TSV with a header, Vietnamese or English labels, exit codes. */
class RemindersCliTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void fill() {
        db = dir.resolve("n.db");
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            long binh = s.members().save(MemberBuilder.member().name("Trần Thị Bình").female().born(d("1975-01-01"))
                    .admitted(d("1996-05-19")).official(d("1997-05-19")).build(), MemberEntry.admittedHere()).member().id();
            for (String date : List.of("2026-01-08", "2026-02-05")) {
                long id = s.database().write(tx -> new MeetingRepository().insert(tx,
                        Meeting.planned(MeetingType.REGULAR, d(date), LocalTime.of(8, 0), "Nhà văn hóa"))).id();
                s.meeting().roll().mark(id, binh, AttendanceStatus.ABSENT_UNEXCUSED, "", "");
            }
        }
    }

    @Test
    void reminders_onADay_printsHeaderAndOneTsvLinePerReminderByDueDate() {
        RosterCliTest.Run r = RosterCliTest.run("reminders", "--db", db.toString(), "--on", "2026-02-10");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().replace("\r", "").lines().toList();
        assertEquals("kind\tsubject\tdue\trule", lines.get(0));
        assertEquals("Vắng không lý do (2 lần)\tTrần Thị Bình\t2026-02-05\tĐiều lệ Đảng, Quy định 294-QĐ/TW (xóa tên)",
                lines.get(1), r.out());
        assertEquals("Huy hiệu Đảng 30 năm\tTrần Thị Bình\t2026-05-19\tĐiều lệ Đảng, Quy định 294-QĐ/TW (Huy hiệu Đảng)",
                lines.get(lines.size() - 1), r.out());
        assertTrue(lines.contains("Chưa sinh hoạt định kỳ tháng này hoặc chưa thông qua biên bản\t02/2026\t"
                + "2026-02-28\tĐiều lệ Đảng, Chỉ thị 50-CT/TW, Hướng dẫn 42-HD/BTCTW"), r.out());
    }

    @Test
    void reminders_english_printsEnglishLabels() {
        RosterCliTest.Run r = RosterCliTest.run("reminders", "--db", db.toString(), "--on", "2026-02-10", "--lang",
                "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Unexcused absences (2)\tTrần Thị Bình"), r.out());
    }

    @Test
    void line_exemptionHint_isMarkedAsAHintInBothLanguages() {
        Reminder hint = Reminder.member(ReminderKind.EXEMPTION_HINT, "Lê Văn Cường", 3, d("2026-03-11"), "HD 06", 60);
        assertEquals("Gợi ý: Đủ tuổi xin miễn công tác và sinh hoạt đảng (trên 60 tuổi)\tLê Văn Cường\t2026-03-11\tHD 06",
                RemindersCommand.line(Messages.forLanguage("vi"), hint));
        assertTrue(RemindersCommand.line(Messages.forLanguage("en"), hint).startsWith("Hint: Old enough"));
    }

    @Test
    void reminders_badDate_exitsOneWithOneLineNamingTheOption() {
        RosterCliTest.Run r = RosterCliTest.run("reminders", "--db", db.toString(), "--on", "10/02/2026");
        assertEquals(1, r.code());
        assertEquals("Ngày ở --on phải theo dạng YYYY-MM-DD, nhận được \"10/02/2026\"", r.err().strip());
    }

    @Test
    void reminders_missingDatabase_exitsOne() {
        RosterCliTest.Run r = RosterCliTest.run("reminders", "--db", dir.resolve("none.db").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size());
    }

    @Test
    void reminders_studySessionWithAbsentMember_printsMakeUpLineWithCountAndRule() {
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            s.study().create(new vn.sochibo.model.study.StudySession(0, "18-NQ/TW", "Nghị quyết", null, null,
                    d("2026-01-20"), "Nhà văn hóa", null, "Bí thư", false));
        }
        RosterCliTest.Run r = RosterCliTest.run("reminders", "--db", db.toString(), "--on", "2026-02-10");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Học tập nghị quyết: 1 đảng viên vắng chưa học bù\t18-NQ/TW (20/01/2026)\t"
                + "2026-02-19\tQuy định của Đảng ủy phường (mặc định 30 ngày)"), r.out());
    }
}
