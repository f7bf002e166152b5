package vn.sochibo.service.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.AgendaTemplateItem;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.StandardAgenda;
import vn.sochibo.model.meeting.TaskStatus;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;

/** Agenda editing, templates, tasks and carry-over on a real database. */
class AgendaServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private MeetingService meetings;
    private AgendaService agenda;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("a.db"), TestUi.fixedClock());
        meetings = services.meeting().meetings();
        agenda = services.meeting().agenda();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Meeting regular(LocalDate day) {
        return meetings.create(Meeting.planned(MeetingType.REGULAR, day, null, ""));
    }

    private static MeetingTask task(long meetingId, String text, LocalDate due) {
        return new MeetingTask(0, meetingId, text, null, true, due, TaskStatus.OPEN, null, "");
    }

    @Test
    void carriedOver_openTasksOfEarlierMeetingsOnly() {
        Meeting jan = regular(LocalDate.of(2026, 1, 4));
        Meeting feb = regular(LocalDate.of(2026, 2, 1));
        MeetingTask open = agenda.addTask(task(jan.id(), "Thu đảng phí quý I", LocalDate.of(2026, 1, 31)));
        MeetingTask done = agenda.addTask(task(jan.id(), "Làm sạch đường làng", null));
        agenda.updateTask(new MeetingTask(done.id(), jan.id(), done.text(), null, true, null, TaskStatus.DONE, null,
                ""));
        agenda.addTask(task(feb.id(), "Việc của tháng 2", null));
        assertEquals(List.of(open.id()), agenda.carriedOver(feb.id()).stream().map(MeetingTask::id).toList());
        assertEquals(TestUi.TODAY, agenda.tasks(jan.id()).get(1).doneDate());
    }

    @Test
    void unfinishedFromPrevious_substantiveItemsNotDoneOfPreviousSameType() {
        Meeting jan = regular(LocalDate.of(2026, 1, 4));
        meetings.create(Meeting.planned(MeetingType.COMMITTEE, LocalDate.of(2026, 1, 20), null, ""));
        Meeting feb = regular(LocalDate.of(2026, 2, 1));
        for (AgendaItem i : agenda.items(jan.id())) {
            if (i.kind() != AgendaKind.PERSONNEL) {
                agenda.updateItem(i.withDone(true));
            }
        }
        List<AgendaItem> left = agenda.unfinishedFromPrevious(feb.id());
        assertEquals(List.of(AgendaKind.PERSONNEL), left.stream().map(AgendaItem::kind).toList());
        assertEquals(List.of(), agenda.unfinishedFromPrevious(jan.id()));
    }

    @Test
    void unfinishedFromPrevious_previousNeverHeld_isEmpty() {
        regular(LocalDate.of(2026, 1, 4));
        Meeting feb = regular(LocalDate.of(2026, 2, 1));
        assertEquals(List.of(), agenda.unfinishedFromPrevious(feb.id()));
    }

    @Test
    void moveItem_upAndRemove_renumbersFromOne() {
        Meeting m = regular(LocalDate.of(2026, 1, 4));
        AgendaItem second = agenda.items(m.id()).get(1);
        agenda.moveItem(second.id(), -1);
        assertEquals(second.id(), agenda.items(m.id()).get(0).id());
        agenda.removeItem(second.id());
        List<AgendaItem> left = agenda.items(m.id());
        assertEquals(14, left.size());
        assertEquals(List.of(1, 2, 3), left.subList(0, 3).stream().map(AgendaItem::position).toList());
    }

    @Test
    void addItem_adoptedMeeting_isRefused() {
        Meeting m = regular(LocalDate.of(2026, 1, 4));
        MeetingServiceTest.adopt(services, m);
        AppException e = assertThrows(AppException.class, () -> agenda.addItem(m.id(), AgendaKind.OTHER, "Thêm", 5));
        assertEquals("meeting.plan.error.adopted", e.key());
    }

    @Test
    void addItem_blankTitle_isRefusedWithMessage() {
        Meeting m = regular(LocalDate.of(2026, 1, 4));
        AppException e = assertThrows(AppException.class, () -> agenda.addItem(m.id(), AgendaKind.OTHER, " ", 5));
        assertEquals("meeting.agenda.error.title", e.key());
    }

    @Test
    void template_savedThenReset_returnsStandard() {
        agenda.saveTemplate(MeetingType.REGULAR, List.of(new AgendaTemplateItem(MeetingType.REGULAR, 7,
                AgendaKind.OTHER, "Một mục", 90)));
        assertEquals(1, agenda.template(MeetingType.REGULAR).size());
        assertEquals(1, agenda.template(MeetingType.REGULAR).get(0).position());
        agenda.resetTemplate(MeetingType.REGULAR);
        assertEquals(StandardAgenda.of(MeetingType.REGULAR), agenda.template(MeetingType.REGULAR));
    }

    @Test
    void duration_regularAndThematicSameDay_combinedAgainst120() {
        Meeting r = regular(LocalDate.of(2026, 2, 1));
        meetings.create(Meeting.planned(MeetingType.THEMATIC, LocalDate.of(2026, 2, 1), null, ""));
        assertEquals(120, agenda.duration(r.id()).minimumMinutes());
        assertEquals(98 + 85, agenda.duration(r.id()).plannedMinutes());
    }

    @Test
    void updateTask_adoptedMeeting_statusMayChangeButNotText() {
        Meeting m = regular(LocalDate.of(2026, 1, 4));
        MeetingTask t = agenda.addTask(task(m.id(), "Thu đảng phí", null));
        MeetingServiceTest.adopt(services, m);
        agenda.updateTask(new MeetingTask(t.id(), m.id(), t.text(), null, true, null, TaskStatus.DONE, null, ""));
        assertThrows(AppException.class, () -> agenda.updateTask(new MeetingTask(t.id(), m.id(), "Khác", null, true,
                null, TaskStatus.DONE, null, "")));
        assertThrows(AppException.class, () -> agenda.removeTask(t.id()));
    }
}
