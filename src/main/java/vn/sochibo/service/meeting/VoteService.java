package vn.sochibo.service.meeting;

import java.time.Clock;
import java.util.List;
import vn.sochibo.model.AppException;
import vn.sochibo.model.Issue;
import vn.sochibo.model.ValidationException;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.model.meeting.Vote;
import vn.sochibo.model.meeting.VoteOutcome;
import vn.sochibo.model.meeting.VoteRules;
import vn.sochibo.service.journal.JournalDetails;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.Database;
import vn.sochibo.store.Tx;
import vn.sochibo.store.VoteRepository;

/** Votes of a meeting judged over the denominator of rules.md §3.3 with the threshold of their decision type. */
public final class VoteService {
    private final Database db;
    private final Clock clock;
    private final JournalService journal;
    private final VoteRepository votes = new VoteRepository();
    private final MinutesGuard guard = new MinutesGuard();

    public VoteService(Database db, Clock clock, JournalService journal) {
        this.db = db;
        this.clock = clock;
        this.journal = journal;
    }

    /** The votes of the meeting in order. */
    public List<Vote> votes(long meetingId) {
        return db.read(tx -> votes.ofMeeting(tx, meetingId));
    }

    /** Each vote judged over the denominator of the roll's summary with its decision's threshold. */
    public List<VoteOutcome> outcomes(long meetingId, RollSummary summary) {
        return db.read(tx -> {
            Meeting m = guard.meeting(tx, meetingId);
            return votes.ofMeeting(tx, meetingId).stream()
                    .map(v -> VoteRules.outcome(v, summary.voteDenominator(), m.date())).toList();
        });
    }

    /** Records a new vote, refused when its counts exceed the official members present or the minutes are adopted. */
    public Vote add(Vote vote, RollSummary summary) {
        validate(vote, summary);
        return db.write(tx -> {
            Meeting m = guard.open(tx, vote.meetingId());
            Vote saved = votes.insert(tx, vote);
            changed(tx, m, "vote.journal.added", saved);
            return saved;
        });
    }

    /** Saves changed counts or details of a vote, with the same checks as {@link #add}. */
    public Vote update(Vote vote, RollSummary summary) {
        validate(vote, summary);
        return db.write(tx -> {
            Vote old = existing(tx, vote.id());
            Meeting m = guard.open(tx, old.meetingId());
            Vote saved = new Vote(old.id(), old.meetingId(), old.position(), vote.subject(), vote.decision(),
                    vote.method(), vote.yes(), vote.against(), vote.other());
            votes.update(tx, saved);
            changed(tx, m, "vote.journal.changed", saved);
            return saved;
        });
    }

    /** Removes a vote of minutes not yet adopted. */
    public void remove(long voteId) {
        db.write(tx -> {
            Vote old = existing(tx, voteId);
            Meeting m = guard.open(tx, old.meetingId());
            votes.delete(tx, voteId);
            changed(tx, m, "vote.journal.removed", old);
            return null;
        });
    }

    private static void validate(Vote vote, RollSummary summary) {
        List<Issue> issues = VoteRules.check(vote, summary.presentOfficial());
        if (Issue.anyError(issues)) {
            throw new ValidationException(issues);
        }
    }

    private Vote existing(Tx tx, long voteId) {
        return votes.get(tx, voteId).orElseThrow(() -> new AppException("vote.error.notFound", voteId));
    }

    private void changed(Tx tx, Meeting m, String key, Vote v) {
        journal.record(tx, JournalAction.MEETING_CHANGED, MinutesGuard.subject(m),
                JournalDetails.of(key, v.subject(), v.yes(), v.against(), v.other()));
    }

}
