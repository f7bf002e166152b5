package vn.sochibo.service.meeting;

import java.time.Clock;
import java.util.List;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.model.meeting.Vote;
import vn.sochibo.model.meeting.VoteOutcome;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.Database;

/** Votes of a meeting judged over the denominator of rules.md §3.3 with the threshold of their decision type. */
public final class VoteService {
    private final Database db;
    private final Clock clock;
    private final JournalService journal;

    public VoteService(Database db, Clock clock, JournalService journal) {
        this.db = db;
        this.clock = clock;
        this.journal = journal;
    }

    /** The votes of the meeting in order. */
    public List<Vote> votes(long meetingId) {
        throw new UnsupportedOperationException("pending");
    }

    /** Each vote judged over the denominator of the roll's summary with its decision's threshold. */
    public List<VoteOutcome> outcomes(long meetingId, RollSummary summary) {
        throw new UnsupportedOperationException("pending");
    }
}
