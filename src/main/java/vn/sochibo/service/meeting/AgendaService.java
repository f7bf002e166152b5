package vn.sochibo.service.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.AppException;
import vn.sochibo.model.meeting.AgendaDuration;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.AgendaTemplateItem;
import vn.sochibo.model.meeting.CarryOver;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.StandardAgenda;
import vn.sochibo.model.meeting.TaskStatus;
import vn.sochibo.service.Messages;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.AgendaRepository;
import vn.sochibo.store.AgendaTemplateRepository;
import vn.sochibo.store.Database;
import vn.sochibo.store.MeetingRecords;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.store.TaskRepository;
import vn.sochibo.store.Tx;

/** Agenda items of a meeting, the editable templates per meeting type, tasks decided in meetings and what carries over to the next meeting. */
public final class AgendaService {
    private final Database db;
    private final Clock clock;
    private final JournalService journal;
    private final AgendaRepository items = new AgendaRepository();
    private final TaskRepository tasks = new TaskRepository();
    private final MeetingRepository meetings = new MeetingRepository();
    private final MeetingRecords records = new MeetingRecords();
    private final AgendaTemplateRepository templateRows = new AgendaTemplateRepository();
    private final AgendaTemplates templates = new AgendaTemplates();

    public AgendaService(Database db, Clock clock, JournalService journal) {
        this.db = db;
        this.clock = clock;
        this.journal = journal;
    }

    /** The agenda of a meeting in order. */
    public List<AgendaItem> items(long meetingId) {
        return db.read(tx -> items.byMeeting(tx, meetingId));
    }

    /** The tasks decided in the meeting. */
    public List<MeetingTask> tasks(long meetingId) {
        return db.read(tx -> tasks.byMeeting(tx, meetingId));
    }

    /** Tasks of earlier meetings still open on this meeting's date: shown under its review item. */
    public List<MeetingTask> carriedOver(long meetingId) {
        return db.read(tx -> tasks.openBefore(tx, meeting(tx, meetingId).date()));
    }

    /**
     * Items of the previous meeting of the same type not marked done: shown under this meeting's review item. A
     * previous meeting that was never held (still planned, nothing recorded) leaves nothing unfinished.
     */
    public List<AgendaItem> unfinishedFromPrevious(long meetingId) {
        return db.read(tx -> meetings.previous(tx, meeting(tx, meetingId))
                .filter(p -> p.state() != MeetingState.PLANNED || records.anyRecorded(tx, p.id()))
                .map(p -> CarryOver.unfinished(items.byMeeting(tx, p.id()))).orElse(List.of()));
    }

    /** The planned length of the meeting's sitting against its minimum (with a same-day meeting of the other kind). */
    public AgendaDuration duration(long meetingId) {
        return db.read(tx -> {
            Meeting m = meeting(tx, meetingId);
            List<Meeting> sameDay = meetings.between(tx, m.date(), m.date());
            List<AgendaItem> partner = new ArrayList<>();
            sameDay.stream().filter(o -> o.id() != m.id() && o.type() == AgendaDuration.partnerType(m.type()))
                    .findFirst().ifPresent(o -> partner.addAll(items.byMeeting(tx, o.id())));
            return AgendaDuration.of(m, items.byMeeting(tx, meetingId), sameDay, partner);
        });
    }

    /** Adds an item at the end of the agenda of a meeting not adopted. */
    public AgendaItem addItem(long meetingId, AgendaKind kind, String title, int plannedMinutes) {
        refuseBadItem(title, plannedMinutes);
        return db.write(tx -> {
            refuseAdopted(meeting(tx, meetingId));
            int position = items.byMeeting(tx, meetingId).size() + 1;
            return items.insert(tx, new AgendaItem(0, meetingId, position, kind, title, plannedMinutes, "", false));
        });
    }

    /** Saves an item's kind, title, planned minutes, notes and done mark. */
    public void updateItem(AgendaItem item) {
        refuseBadItem(item.title(), item.plannedMinutes());
        db.write(tx -> {
            refuseAdopted(meeting(tx, item.meetingId()));
            items.update(tx, item);
            return null;
        });
    }

    /** Moves an item up (negative) or down (positive) by {@code by} places; the agenda is renumbered from 1. */
    public List<AgendaItem> moveItem(long itemId, int by) {
        return db.write(tx -> {
            AgendaItem item = item(tx, itemId);
            refuseAdopted(meeting(tx, item.meetingId()));
            List<AgendaItem> list = new ArrayList<>(items.byMeeting(tx, item.meetingId()));
            int from = indexOf(list, itemId);
            int to = Math.max(0, Math.min(list.size() - 1, from + by));
            list.add(to, list.remove(from));
            return renumber(tx, list);
        });
    }

    /** Removes an item; the agenda is renumbered from 1. */
    public void removeItem(long itemId) {
        db.write(tx -> {
            AgendaItem item = item(tx, itemId);
            refuseAdopted(meeting(tx, item.meetingId()));
            items.delete(tx, itemId);
            renumber(tx, items.byMeeting(tx, item.meetingId()));
            return null;
        });
    }

    /** The template of a type (the standard one when the type's template was never saved). */
    public List<AgendaTemplateItem> template(MeetingType type) {
        return db.write(tx -> templates.of(tx, type));
    }

    /** Replaces the template of a type, lines numbered in the order given; new meetings of the type copy it. */
    public void saveTemplate(MeetingType type, List<AgendaTemplateItem> lines) {
        if (lines.isEmpty()) {
            throw new AppException("meeting.template.error.empty");
        }
        lines.forEach(l -> refuseBadItem(l.title(), l.plannedMinutes()));
        db.write(tx -> {
            templateRows.replace(tx, type, lines);
            return null;
        });
    }

    /** Puts the standard template of the type back and returns it. */
    public List<AgendaTemplateItem> resetTemplate(MeetingType type) {
        List<AgendaTemplateItem> standard = StandardAgenda.of(type);
        db.write(tx -> {
            templateRows.replace(tx, type, standard);
            return null;
        });
        return standard;
    }

    /** Saves a new task of a meeting not adopted. */
    public MeetingTask addTask(MeetingTask task) {
        refuseBadTask(task);
        return db.write(tx -> {
            refuseAdopted(meeting(tx, task.meetingId()));
            return tasks.insert(tx, withDoneDate(task));
        });
    }

    /**
     * Saves a changed task. Its status may change after its meeting was adopted (a task is done later), but not
     * its text, owner or due date.
     */
    public void updateTask(MeetingTask task) {
        refuseBadTask(task);
        db.write(tx -> {
            MeetingTask current = tasks.get(tx, task.id())
                    .orElseThrow(() -> new AppException("meeting.task.error.notFound"));
            Meeting m = meeting(tx, current.meetingId());
            if (m.isAdopted() && !sameDecision(current, task)) {
                refuseAdopted(m);
            }
            tasks.update(tx, withDoneDate(task));
            return null;
        });
    }

    /** Removes a task of a meeting not adopted. */
    public void removeTask(long taskId) {
        db.write(tx -> {
            MeetingTask current = tasks.get(tx, taskId)
                    .orElseThrow(() -> new AppException("meeting.task.error.notFound"));
            refuseAdopted(meeting(tx, current.meetingId()));
            tasks.delete(tx, taskId);
            return null;
        });
    }

    private List<AgendaItem> renumber(Tx tx, List<AgendaItem> list) {
        List<AgendaItem> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            AgendaItem moved = list.get(i).withPosition(i + 1);
            items.update(tx, moved);
            out.add(moved);
        }
        return out;
    }

    private static int indexOf(List<AgendaItem> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        throw new AppException("meeting.agenda.error.notFound");
    }

    private Meeting meeting(Tx tx, long id) {
        return meetings.get(tx, id).orElseThrow(() -> new AppException("meeting.error.notFound", id));
    }

    private AgendaItem item(Tx tx, long id) {
        return items.get(tx, id).orElseThrow(() -> new AppException("meeting.agenda.error.notFound"));
    }

    private MeetingTask withDoneDate(MeetingTask t) {
        LocalDate done = t.status() == TaskStatus.DONE ? (t.doneDate() == null ? LocalDate.now(clock) : t.doneDate())
                : null;
        return new MeetingTask(t.id(), t.meetingId(), t.text(), t.ownerCommittee() ? null : t.ownerMemberId(),
                t.ownerCommittee(), t.dueDate(), t.status(), done, t.note());
    }

    private static boolean sameDecision(MeetingTask a, MeetingTask b) {
        return a.text().equals(b.text()) && java.util.Objects.equals(a.ownerMemberId(), b.ownerMemberId())
                && a.ownerCommittee() == b.ownerCommittee() && java.util.Objects.equals(a.dueDate(), b.dueDate());
    }

    private static void refuseAdopted(Meeting m) {
        if (m.isAdopted()) {
            throw new AppException("meeting.plan.error.adopted", Messages.date(m.date()));
        }
    }

    private static void refuseBadItem(String title, int minutes) {
        if (title == null || title.isBlank()) {
            throw new AppException("meeting.agenda.error.title");
        }
        if (minutes < 0 || minutes > 600) {
            throw new AppException("meeting.agenda.error.minutes", minutes);
        }
    }

    private static void refuseBadTask(MeetingTask t) {
        if (t.text().isBlank()) {
            throw new AppException("meeting.task.error.text");
        }
    }
}
