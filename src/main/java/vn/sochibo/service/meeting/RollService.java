package vn.sochibo.service.meeting;

import java.time.Clock;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.Database;

/** The roll call of a meeting: who is expected on its date, marks, guests, and the counts of the minutes header. */
public final class RollService {
    private final Database db;
    private final Clock clock;
    private final JournalService journal;

    public RollService(Database db, Clock clock, JournalService journal) {
        this.db = db;
        this.clock = clock;
        this.journal = journal;
    }

    /** The roll of the meeting computed from member status on its date and the marks recorded. */
    public Roll roll(long meetingId) {
        throw new UnsupportedOperationException("pending");
    }
}
