package vn.sochibo.service.report;

import static vn.sochibo.testutil.Events.d;

import java.util.List;
import vn.sochibo.export.meeting.MinutesFixtures;
import vn.sochibo.model.branch.Officer;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.TaskStatus;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.RollFixtures;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;

/**
 * The attendance branch of {@link RollFixtures} (An secretary) with February 2026 made eventful: Em admitted on
 * 15/02, Giang transferred in on 20/02; Hà admitted in January and Bình transferred out in March (outside it); the
 * meeting of 05/02 with two content items and two tasks (one done on 10/02, one open and due 20/02); study sessions
 * on 12/02 (An present, Bình absent) and on 10/03.
 */
public final class ReportFixtures {
    public RollFixtures roll;
    public long february18;
    public long march10;

    /** Writes the branch, members, meetings and study sessions. */
    public static ReportFixtures write(Services s) {
        ReportFixtures f = new ReportFixtures();
        f.roll = RollFixtures.write(s);
        s.branch().save(MinutesFixtures.branch().withOfficers(List.of(new Officer(f.roll.an,
                OfficerRole.SECRETARY))));
        s.members().save(MemberBuilder.member().name("Hoàng Văn Em").born(d("1995-04-01")).admitted(d("2026-02-15"))
                .official(null).build(), MemberEntry.admittedHere());
        s.members().save(MemberBuilder.member().name("Đỗ Thị Giang").female().build(),
                new MemberEntry(EventType.TRANSFERRED_IN, d("2026-02-20"), "Chi bộ Khu phố 5"));
        s.members().save(MemberBuilder.member().name("Vũ Thị Hà").female().born(d("1996-06-01"))
                .admitted(d("2026-01-20")).official(null).build(), MemberEntry.admittedHere());
        s.members().saveEvent(new MemberEvent(0, f.roll.binh, EventType.TRANSFERRED_OUT, d("2026-03-03"), null,
                "Chi bộ Khu phố 1", "", ""));
        long feb = f.roll.february;
        s.meeting().agenda().addItem(feb, AgendaKind.REVIEW, "Đánh giá kết quả thực hiện nghị quyết tháng 01", 20);
        s.meeting().agenda().addItem(feb, AgendaKind.OTHER, "Tổng vệ sinh môi trường khu phố đón Tết", 10);
        s.meeting().agenda().addTask(new MeetingTask(0, feb, "Thăm hỏi gia đình chính sách dịp Tết", f.roll.an,
                false, d("2026-02-12"), TaskStatus.DONE, d("2026-02-10"), ""));
        s.meeting().agenda().addTask(new MeetingTask(0, feb, "Vận động đóng góp quỹ khuyến học", null, true,
                d("2026-02-20"), TaskStatus.OPEN, null, ""));
        f.february18 = s.study().create(session("18-NQ/TW", "2026-02-12")).id();
        s.study().mark(f.february18, f.roll.an, AttendanceStatus.PRESENT, "");
        s.study().mark(f.february18, f.roll.binh, AttendanceStatus.ABSENT_UNEXCUSED, "");
        f.march10 = s.study().create(session("57-NQ/TW", "2026-03-10")).id();
        return f;
    }

    private static StudySession session(String symbol, String date) {
        return new StudySession(0, symbol, "Nghị quyết về đột phá phát triển khoa học, công nghệ",
                IssuingLevel.TRUNG_UONG, Organiser.BRANCH, d(date), "Nhà văn hóa khu phố 3", StudyForm.DIRECT,
                "Nguyễn Văn An", false);
    }
}
