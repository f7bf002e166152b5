package vn.sochibo.service.meeting;

import java.time.Clock;
import java.util.List;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.Database;

/** Agenda items of a meeting, the editable templates per meeting type, tasks decided in meetings and what carries over to the next meeting. */
public final class AgendaService {
    private final Database db;
    private final Clock clock;
    private final JournalService journal;

    public AgendaService(Database db, Clock clock, JournalService journal) {
        this.db = db;
        this.clock = clock;
        this.journal = journal;
    }

    /** The agenda of a meeting in order. */
    public List<AgendaItem> items(long meetingId) {
        throw new UnsupportedOperationException("pending");
    }

    /** The tasks decided in the meeting. */
    public List<MeetingTask> tasks(long meetingId) {
        throw new UnsupportedOperationException("pending");
    }

    /** Tasks of earlier meetings still open on this meeting's date: shown under its review item. */
    public List<MeetingTask> carriedOver(long meetingId) {
        throw new UnsupportedOperationException("pending");
    }

    /** Items of the previous meeting of the same type not marked done: shown under this meeting's review item. */
    public List<AgendaItem> unfinishedFromPrevious(long meetingId) {
        throw new UnsupportedOperationException("pending");
    }
}
