package vn.sochibo.service.report;

import static vn.sochibo.testutil.Events.d;

import java.time.LocalDateTime;
import java.time.LocalTime;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.RollService;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.testutil.MemberBuilder;

/**
 * A branch with a year of data around the quarter boundaries: An, Bình, Giang official, Cường exempted since 2025,
 * Dũng probationary since 01/10/2025 (recognised 05/10/2026), Hà died 20/12/2025, Em admitted 10/02/2026, Khánh
 * transferred in 31/03/2026, Giang transferred out 15/04/2026. Regular meetings 10/12/2025 (outside 2026), 08/01
 * (adopted), 05/02, 05/03 and 02/04/2026; Bình absent without reason at every one of them up to March, An absent
 * with reason on 05/03; a thematic meeting 20/03 all present; a committee meeting 15/01 planned only. Study sessions
 * 10/03/2026 (reflection required: An reflected; Bình made up on 15/03; Giang excused) and 01/07/2026 (all
 * present).
 */
public final class SummaryFixtures {
    long an;
    long binh;
    long giang;
    long em;

    public static SummaryFixtures write(Services s) {
        SummaryFixtures f = new SummaryFixtures();
        s.branch().save(new BranchProfile("Đảng bộ phường Hòa Bình", "Chi bộ Khu phố 3", "Phường Hòa Bình", null,
                null, null, null, null, "Nhà văn hóa tổ 3", null));
        f.an = member(s, "Nguyễn Văn An");
        f.binh = member(s, "Trần Thị Bình");
        long cuong = member(s, "Lê Văn Cường");
        event(s, cuong, EventType.EXEMPTED, "2025-01-01", "Tuổi cao, sức yếu");
        long dung = s.members().save(MemberBuilder.member().name("Phạm Văn Dũng").born(d("1990-01-01"))
                .admitted(d("2025-10-01")).official(null).build(), MemberEntry.admittedHere()).member().id();
        event(s, dung, EventType.RECOGNISED_OFFICIAL, "2026-10-05", "");
        f.giang = member(s, "Hoàng Thị Giang");
        event(s, f.giang, EventType.TRANSFERRED_OUT, "2026-04-15", "");
        long ha = member(s, "Đỗ Văn Hà");
        event(s, ha, EventType.DECEASED, "2025-12-20", "");
        f.em = s.members().save(MemberBuilder.member().name("Vũ Thị Em").born(d("1995-05-05"))
                .admitted(d("2026-02-10")).official(null).build(), MemberEntry.admittedHere()).member().id();
        s.members().save(MemberBuilder.member().name("Bùi Văn Khánh").build(),
                new MemberEntry(EventType.TRANSFERRED_IN, d("2026-03-31"), "Chi bộ Khu dân cư số 2"));
        f.meetings(s);
        f.study(s);
        return f;
    }

    private void meetings(Services s) {
        RollService roll = s.meeting().roll();
        for (String date : new String[] {"2025-12-10", "2026-01-08", "2026-02-05", "2026-03-05"}) {
            long id = insert(s, MeetingType.REGULAR, date);
            roll.mark(id, binh, AttendanceStatus.ABSENT_UNEXCUSED, "", "");
            if (date.equals("2026-03-05")) {
                roll.mark(id, an, AttendanceStatus.ABSENT_EXCUSED, "Đi công tác", "");
            }
            roll.markAllPresent(id);
            if (date.equals("2026-01-08")) {
                adopt(s, id);
            }
        }
        roll.markAllPresent(insert(s, MeetingType.THEMATIC, "2026-03-20"));
        roll.markAllPresent(insert(s, MeetingType.REGULAR, "2026-04-02"));
        insert(s, MeetingType.COMMITTEE, "2026-01-15");
    }

    private void study(Services s) {
        var study = s.study();
        long march = study.create(session("2026-03-10", true)).id();
        study.mark(march, binh, AttendanceStatus.ABSENT_UNEXCUSED, "");
        study.mark(march, giang, AttendanceStatus.ABSENT_EXCUSED, "Ốm");
        for (var e : study.summary(march).entries()) {
            if (e.expected() && e.mark() == null) {
                study.mark(march, e.memberId(), AttendanceStatus.PRESENT, "");
            }
        }
        study.makeUp(march, binh, d("2026-03-15"));
        study.reflection(march, an, d("2026-03-12"));
        long july = study.create(session("2026-07-01", false)).id();
        for (var e : study.summary(july).entries()) {
            if (e.expected()) {
                study.mark(july, e.memberId(), AttendanceStatus.PRESENT, "");
            }
        }
    }

    private static StudySession session(String date, boolean reflection) {
        return new StudySession(0, "18-NQ/TW", "Nghị quyết Hội nghị Trung ương 6 khóa XII", null, null, d(date),
                "Nhà văn hóa tổ 3", null, "Đồng chí Bí thư", reflection);
    }

    private static long member(Services s, String name) {
        return s.members().save(MemberBuilder.member().name(name).build(), MemberEntry.admittedHere()).member().id();
    }

    private static void event(Services s, long memberId, EventType type, String date, String reason) {
        String place = type.takesPlace() ? "Đảng bộ phường Tây Hồ" : "";
        s.members().saveEvent(new MemberEvent(0, memberId, type, d(date), null, place, reason, ""));
    }

    private static long insert(Services s, MeetingType type, String date) {
        return s.meeting().meetings().create(Meeting.planned(type, d(date), LocalTime.of(8, 0), "Nhà văn hóa tổ 3"))
                .id();
    }

    private static void adopt(Services s, long id) {
        s.database().write(tx -> {
            MeetingRepository meetings = new MeetingRepository();
            Meeting m = meetings.get(tx, id).orElseThrow();
            meetings.update(tx, m.withGrade(90, true).withAdoption(LocalDateTime.of(2026, 1, 8, 10, 0), 1));
            return null;
        });
    }
}
