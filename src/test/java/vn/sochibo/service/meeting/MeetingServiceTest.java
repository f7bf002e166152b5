package vn.sochibo.service.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.PlanWarning;
import vn.sochibo.service.Services;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.testutil.TestUi;

/** Planning, creating, changing and deleting meetings on a real database. */
class MeetingServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private MeetingService meetings;
    private AgendaService agenda;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("m.db"), TestUi.fixedClock());
        meetings = services.meeting().meetings();
        agenda = services.meeting().agenda();
    }

    @AfterEach
    void close() {
        services.close();
    }

    static void adopt(Services services, Meeting m) {
        services.database().write(tx -> {
            new MeetingRepository().update(tx, m.withAdoption(LocalDateTime.of(2026, 1, 4, 10, 0), 1));
            return null;
        });
    }

    @Test
    void planYear_twice_createsSixteenOnceAndNothingTheSecondTime() {
        assertEquals(16, meetings.planYear(2026).size());
        assertEquals(List.of(), meetings.planYear(2026));
        assertEquals(16, meetings.inYear(2026).size());
        assertEquals(1, services.journal().entries(null, null).size());
    }

    @Test
    void planYear_afterOneMeetingAdded_createsOnlyTheMissing() {
        meetings.create(Meeting.planned(MeetingType.REGULAR, LocalDate.of(2026, 1, 10), null, "Nhà văn hóa"));
        assertEquals(15, meetings.planYear(2026).size());
    }

    @Test
    void create_newMeeting_copiesItsTypeTemplate() {
        agenda.saveTemplate(MeetingType.COMMITTEE, List.of(
                new vn.sochibo.model.meeting.AgendaTemplateItem(MeetingType.COMMITTEE, 1, AgendaKind.OTHER,
                        "Chuẩn bị đại hội", 30)));
        Meeting m = meetings.create(Meeting.planned(MeetingType.COMMITTEE, LocalDate.of(2026, 1, 2), null, ""));
        List<AgendaItem> items = agenda.items(m.id());
        assertEquals(1, items.size());
        assertEquals("Chuẩn bị đại hội", items.get(0).title());
        Meeting regular = meetings.create(Meeting.planned(MeetingType.REGULAR, LocalDate.of(2026, 1, 4), null, ""));
        assertEquals(15, agenda.items(regular.id()).size());
    }

    @Test
    void update_adoptedMeeting_isRefusedWithMessage() {
        Meeting m = meetings.create(Meeting.planned(MeetingType.REGULAR, LocalDate.of(2026, 1, 4), null, ""));
        adopt(services, m);
        AppException e = assertThrows(AppException.class, () -> meetings.update(
                Meeting.planned(MeetingType.REGULAR, LocalDate.of(2026, 1, 5), null, "").withId(m.id())));
        assertEquals("meeting.plan.error.adopted", e.key());
    }

    @Test
    void update_plannedMeeting_savesDetailsAndKeepsState() {
        Meeting m = meetings.create(Meeting.planned(MeetingType.REGULAR, LocalDate.of(2026, 1, 4), null, ""));
        meetings.update(Meeting.planned(MeetingType.REGULAR, LocalDate.of(2026, 1, 11), null, "Hội trường")
                .withId(m.id()));
        assertEquals("Hội trường", meetings.get(m.id()).place());
        assertEquals(LocalDate.of(2026, 1, 11), meetings.get(m.id()).date());
    }

    @Test
    void delete_meetingWithNotes_isRefusedAndKept() {
        Meeting m = meetings.create(Meeting.planned(MeetingType.REGULAR, LocalDate.of(2026, 1, 4), null, ""));
        AgendaItem first = agenda.items(m.id()).get(0);
        agenda.updateItem(first.withNotes("Đồng chí bí thư khai mạc."));
        AppException e = assertThrows(AppException.class, () -> meetings.delete(m.id()));
        assertEquals("meeting.plan.error.held", e.key());
        assertEquals(1, meetings.inYear(2026).size());
    }

    @Test
    void delete_adoptedMeeting_isRefused() {
        Meeting m = meetings.create(Meeting.planned(MeetingType.REGULAR, LocalDate.of(2026, 1, 4), null, ""));
        adopt(services, m);
        assertThrows(AppException.class, () -> meetings.delete(m.id()));
    }

    @Test
    void delete_plannedMeeting_removesItWithItsAgenda() {
        Meeting m = meetings.create(Meeting.planned(MeetingType.REGULAR, LocalDate.of(2026, 1, 4), null, ""));
        meetings.delete(m.id());
        assertEquals(List.of(), meetings.inYear(2026));
        assertEquals(List.of(), agenda.items(m.id()));
    }

    @Test
    void create_sameChairAndMinuteTaker_isRefused() {
        Meeting m = new Meeting(0, MeetingType.REGULAR, LocalDate.of(2026, 1, 4), null, null, "", "", "", 1L, 1L,
                null, null, false, null, null, null);
        assertThrows(AppException.class, () -> meetings.create(m));
    }

    @Test
    void find_monthAndType_returnsThatMeeting() {
        meetings.planYear(2026);
        assertTrue(meetings.find(YearMonth.of(2026, 5), MeetingType.THEMATIC).isPresent());
        assertTrue(meetings.find(YearMonth.of(2026, 4), MeetingType.THEMATIC).isEmpty());
    }

    @Test
    void warnings_plannedYearNotHeld_warnsPastMonthsAndQuarters() {
        meetings.planYear(2026);
        List<PlanWarning> w = meetings.warnings(2026);
        assertEquals(10 + 3, w.size());
    }
}
