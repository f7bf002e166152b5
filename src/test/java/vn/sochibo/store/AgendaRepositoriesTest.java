package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.AgendaTemplateItem;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.StandardAgenda;
import vn.sochibo.model.meeting.TaskStatus;

/** Agenda items, templates and tasks come back from SQLite exactly as written. */
class AgendaRepositoriesTest {
    @TempDir
    Path dir;
    private Database db;
    private final MeetingRepository meetings = new MeetingRepository();
    private final AgendaRepository items = new AgendaRepository();
    private final AgendaTemplateRepository templates = new AgendaTemplateRepository();
    private final TaskRepository tasks = new TaskRepository();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("a.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Meeting meeting(LocalDate day) {
        return db.write(tx -> meetings.insert(tx, Meeting.planned(MeetingType.REGULAR, day, null, "Nhà văn hóa")));
    }

    @Test
    void agendaItem_insertUpdateRead_roundTrips() {
        Meeting m = meeting(LocalDate.of(2026, 3, 1));
        AgendaItem saved = db.write(tx -> items.insert(tx, new AgendaItem(0, m.id(), 1, AgendaKind.HCM_STUDY,
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 10, "", false)));
        AgendaItem changed = saved.withNotes("Đồng chí Lan trình bày.\nCả chi bộ thảo luận.").withDone(true);
        db.write(tx -> {
            items.update(tx, changed);
            return null;
        });
        assertEquals(List.of(changed), db.read(tx -> items.byMeeting(tx, m.id())));
        assertTrue(db.<Boolean>read(tx -> new MeetingRecords().anyRecorded(tx, m.id())));
    }

    @Test
    void template_replace_keepsOrderAndRenumbers() {
        List<AgendaTemplateItem> standard = StandardAgenda.of(MeetingType.THEMATIC);
        db.write(tx -> {
            templates.replace(tx, MeetingType.THEMATIC, standard);
            return null;
        });
        assertEquals(standard, db.read(tx -> templates.byType(tx, MeetingType.THEMATIC)));
        assertEquals(List.of(), db.read(tx -> templates.byType(tx, MeetingType.REGULAR)));
    }

    @Test
    void task_roundTripAndOpenBefore_onlyOpenTasksOfEarlierMeetings() {
        Meeting jan = meeting(LocalDate.of(2026, 1, 4));
        Meeting feb = meeting(LocalDate.of(2026, 2, 1));
        MeetingTask open = db.write(tx -> tasks.insert(tx, new MeetingTask(0, jan.id(), "Thu đảng phí", null, true,
                LocalDate.of(2026, 1, 31), TaskStatus.OPEN, null, "quý I")));
        db.write(tx -> tasks.insert(tx, new MeetingTask(0, jan.id(), "Làm đường", null, false, null, TaskStatus.DONE,
                LocalDate.of(2026, 1, 20), "")));
        db.write(tx -> tasks.insert(tx, new MeetingTask(0, feb.id(), "Tháng 2", null, true, null, TaskStatus.OPEN,
                null, "")));
        assertEquals(open, db.read(tx -> tasks.get(tx, open.id())).orElseThrow());
        assertEquals(List.of(open), db.read(tx -> tasks.openBefore(tx, feb.date())));
        assertFalse(db.<Boolean>read(tx -> new MeetingRecords().anyRecorded(tx, feb.id())));
    }
}
