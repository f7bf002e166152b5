package vn.sochibo.service.meeting;

import static vn.sochibo.testutil.Events.d;

import java.time.LocalDateTime;
import java.time.LocalTime;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.testutil.MemberBuilder;

/**
 * A small branch with a year of meetings for attendance tests: An and Bình official, Cường exempted since 2025,
 * Dũng probationary; regular meetings on 08/01/2026 (adopted, 92 points: Bình absent with reason) and 05/02/2026
 * (Bình absent without reason, Cường came), and a thematic meeting on 12/03/2026 with no roll call yet.
 */
public final class RollFixtures {
    public long an;
    public long binh;
    public long cuong;
    public long dung;
    public long january;
    public long february;
    public long march;

    /** Writes the branch and its meetings into the services' database. */
    public static RollFixtures write(Services s) {
        RollFixtures f = new RollFixtures();
        f.an = s.members().save(MemberBuilder.member().name("Nguyễn Văn An").build(), MemberEntry.admittedHere())
                .member().id();
        f.binh = s.members().save(MemberBuilder.member().name("Trần Thị Bình").female().build(),
                MemberEntry.admittedHere()).member().id();
        f.cuong = s.members().save(MemberBuilder.member().name("Lê Văn Cường").build(), MemberEntry.admittedHere())
                .member().id();
        s.members().saveEvent(new MemberEvent(0, f.cuong, EventType.EXEMPTED, d("2025-01-01"), null, "",
                "Tuổi cao, sức yếu", ""));
        f.dung = s.members().save(MemberBuilder.member().name("Phạm Văn Dũng").born(d("1990-01-01"))
                .admitted(d("2025-10-01")).official(null).build(), MemberEntry.admittedHere()).member().id();
        f.january = insert(s, MeetingType.REGULAR, "2026-01-08");
        f.february = insert(s, MeetingType.REGULAR, "2026-02-05");
        f.march = insert(s, MeetingType.THEMATIC, "2026-03-12");
        RollService roll = s.meeting().roll();
        roll.mark(f.january, f.binh, AttendanceStatus.ABSENT_EXCUSED, "Ốm", "");
        roll.markAllPresent(f.january);
        roll.mark(f.february, f.binh, AttendanceStatus.ABSENT_UNEXCUSED, "", "");
        roll.mark(f.february, f.cuong, AttendanceStatus.PRESENT, "", "");
        roll.markAllPresent(f.february);
        roll.addGuest(f.february, "Võ Văn Hùng", "Đảng ủy viên phụ trách chi bộ");
        s.database().write(tx -> {
            MeetingRepository meetings = new MeetingRepository();
            Meeting m = meetings.get(tx, f.january).orElseThrow();
            meetings.update(tx, m.withGrade(92, true).withAdoption(LocalDateTime.of(2026, 1, 8, 10, 0), 1));
            return null;
        });
        return f;
    }

    private static long insert(Services s, MeetingType type, String date) {
        return s.database().write(tx -> new MeetingRepository().insert(tx,
                Meeting.planned(type, d(date), LocalTime.of(8, 0), "Nhà văn hóa tổ 3"))).id();
    }
}
