package vn.sochibo.service.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.sochibo.testutil.Events.d;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.home.Rate;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.testutil.TestUi;

/** The home charts' figures read back from a real database: rolls per month, composition, study sessions. */
class HomeServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private long an;
    private long binh;
    private long cuong;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("h.db"), TestUi.fixedClock());
        an = save(MemberBuilder.member().name("Nguyễn Văn An"));
        binh = save(MemberBuilder.member().name("Trần Thị Bình").female());
        cuong = save(MemberBuilder.member().name("Lê Văn Cường"));
    }

    private long save(MemberBuilder b) {
        return services.members().save(b.build(), MemberEntry.admittedHere()).member().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void meeting(MeetingType type, String date, AttendanceStatus... marks) {
        long id = services.database().write(tx -> new MeetingRepository().insert(tx,
                Meeting.planned(type, d(date), LocalTime.of(8, 0), "Nhà văn hóa"))).id();
        long[] who = {an, binh, cuong};
        for (int i = 0; i < marks.length; i++) {
            services.meeting().roll().mark(id, who[i], marks[i], "Ốm", "");
        }
    }

    private static Rate month(List<Rate> rates, String label) {
        return rates.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void charts_regularMeetings_presentOverExpectedPerMonthForTwelveMonths() {
        meeting(MeetingType.REGULAR, "2026-03-05", AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
                AttendanceStatus.ABSENT_EXCUSED);
        meeting(MeetingType.REGULAR, "2026-10-08", AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
                AttendanceStatus.PRESENT);
        meeting(MeetingType.THEMATIC, "2026-10-20", AttendanceStatus.ABSENT_UNEXCUSED);
        meeting(MeetingType.REGULAR, "2025-11-06", AttendanceStatus.PRESENT);
        List<Rate> rates = new HomeService(services).charts(d("2026-11-21")).attendance();
        assertEquals(12, rates.size());
        assertEquals("12/2025", rates.get(0).label());
        assertEquals("11/2026", rates.get(11).label());
        assertEquals(new Rate("03/2026", 2, 3), month(rates, "03/2026"));
        assertEquals("67%", month(rates, "03/2026").percentText());
        assertEquals("100%", month(rates, "10/2026").percentText());
        assertFalse(month(rates, "04/2026").hasData());
        assertEquals("–", month(rates, "04/2026").percentText());
    }

    @Test
    void charts_meetingNotYetMarked_leftOutOfTheMonth() {
        meeting(MeetingType.REGULAR, "2026-11-05");
        assertFalse(new HomeService(services).charts(d("2026-11-21")).attendance().get(11).hasData());
    }

    @Test
    void charts_composition_countsTheBranchToday() {
        HomeCharts charts = new HomeService(services).charts(d("2026-11-21"));
        assertEquals(3, charts.composition().total());
        assertEquals(3, charts.composition().official() + charts.composition().probationary());
    }

    @Test
    void charts_studySessions_oneBarPerSessionOfTheLastYearByDate() {
        long late = services.study().create(session("19-NQ/TW", "2026-09-10")).id();
        services.study().create(session("18-NQ/TW", "2026-02-10"));
        services.study().create(session("5-NQ/TW", "2025-10-01"));
        services.study().mark(late, an, AttendanceStatus.PRESENT, "");
        services.study().mark(late, binh, AttendanceStatus.PRESENT, "");
        List<Rate> study = new HomeService(services).charts(d("2026-11-21")).study();
        assertEquals(List.of(new Rate("18-NQ/TW", 0, 3), new Rate("19-NQ/TW", 2, 3)), study);
    }

    private static StudySession session(String symbol, String date) {
        return new StudySession(0, symbol, "Nghị quyết", null, null, d(date), "Nhà văn hóa", null, "Bí thư", false);
    }
}
