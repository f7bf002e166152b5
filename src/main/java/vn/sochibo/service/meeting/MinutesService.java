package vn.sochibo.service.meeting;

import java.time.Clock;
import java.util.List;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MinutesVersion;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.Database;

/** Live minutes: notes saved as they are typed, grading, read-back, adoption, corrections with versions kept. */
public final class MinutesService {
    private final Database db;
    private final Clock clock;
    private final JournalService journal;

    public MinutesService(Database db, Clock clock, JournalService journal) {
        this.db = db;
        this.clock = clock;
        this.journal = journal;
    }

    /** Saves the notes typed for an agenda item in their own transaction (the live-minutes autosave). */
    public void saveNotes(long itemId, String notes) {
        throw new UnsupportedOperationException("pending");
    }

    /** Adopts the minutes: read-only from now on, numbered when the branch numbers minutes, text kept as a version. */
    public Meeting adopt(long meetingId, String content) {
        throw new UnsupportedOperationException("pending");
    }

    /** Opens adopted minutes for a correction; the reason is required and kept with the next version. */
    public Meeting reopenForCorrection(long meetingId, String reason) {
        throw new UnsupportedOperationException("pending");
    }

    /** Every adopted version of the minutes, oldest first. */
    public List<MinutesVersion> versions(long meetingId) {
        throw new UnsupportedOperationException("pending");
    }
}
