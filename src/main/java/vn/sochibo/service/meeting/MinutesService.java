package vn.sochibo.service.meeting;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.AppException;
import vn.sochibo.model.Issue;
import vn.sochibo.model.ValidationException;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.DocumentSettings;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.meeting.GradeRules;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MinutesVersion;
import vn.sochibo.model.text.Texts;
import vn.sochibo.service.journal.JournalDetails;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.AgendaNotesRepository;
import vn.sochibo.store.BranchRepository;
import vn.sochibo.store.Database;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.store.MinutesVersionRepository;
import vn.sochibo.store.Tx;

/** Live minutes: notes saved as they are typed, grading, read-back, adoption, corrections with versions kept. */
public final class MinutesService {
    /** The document type of minutes in the per-term number counters ("Số 05-BB/CB"). */
    public static final String MINUTES_DOC_TYPE = "BB";
    private final Database db;
    private final Clock clock;
    private final JournalService journal;
    private final MeetingRepository meetings = new MeetingRepository();
    private final AgendaNotesRepository items = new AgendaNotesRepository();
    private final MinutesVersionRepository versions = new MinutesVersionRepository();
    private final BranchRepository branch = new BranchRepository();
    private final MinutesGuard guard = new MinutesGuard();

    public MinutesService(Database db, Clock clock, JournalService journal) {
        this.db = db;
        this.clock = clock;
        this.journal = journal;
    }

    /** Saves the notes typed for an agenda item in their own transaction (the live-minutes autosave). */
    public void saveNotes(long itemId, String notes) {
        String text = notes == null ? "" : Normalizer.normalize(notes, Normalizer.Form.NFC);
        db.write(tx -> {
            Meeting m = guard.open(tx, meetingOf(tx, itemId));
            items.saveNotes(tx, itemId, text);
            begin(tx, m);
            return null;
        });
    }

    /** Marks an agenda item dealt with (ticked in the live minutes) or not. */
    public void setItemDone(long itemId, boolean done) {
        db.write(tx -> {
            Meeting m = guard.open(tx, meetingOf(tx, itemId));
            items.setDone(tx, itemId, done);
            begin(tx, m);
            return null;
        });
    }

    /** Records the meeting's points (0..100) and whether the key criteria were all met; returns it graded. */
    public Meeting setGrade(long meetingId, int points, boolean keyMet) {
        List<Issue> issues = GradeRules.check(points);
        if (!issues.isEmpty()) {
            throw new ValidationException(issues);
        }
        return change(meetingId, m -> m.withGrade(points, keyMet));
    }

    /** Records the time the meeting closed (null while it goes on). */
    public Meeting setEndTime(long meetingId, LocalTime end) {
        return change(meetingId, m -> new Meeting(m.id(), m.type(), m.date(), m.startTime(), end, m.place(),
                m.topic(), m.presenter(), m.chairId(), m.minuteTakerId(), m.state(), m.gradePoints(),
                m.gradeKeyMet(), m.adoptedAt(), m.minutesNumber(), m.resolutionNumber()));
    }

    /** Records who chairs and who takes the minutes (member ids, null when not chosen). */
    public Meeting setPeople(long meetingId, Long chairId, Long minuteTakerId) {
        return change(meetingId, m -> new Meeting(m.id(), m.type(), m.date(), m.startTime(), m.endTime(), m.place(),
                m.topic(), m.presenter(), chairId, minuteTakerId, m.state(), m.gradePoints(), m.gradeKeyMet(),
                m.adoptedAt(), m.minutesNumber(), m.resolutionNumber()));
    }

    /** Adopts the minutes: read-only from now on, numbered when the branch numbers minutes, text kept as a version. */
    public Meeting adopt(long meetingId, String content) {
        String text = Texts.cleanMultiline(content);
        if (text.isEmpty()) {
            throw new ValidationException(List.of(Issue.error("minutes.field.content", "minutes.error.empty")));
        }
        return db.write(tx -> {
            Meeting m = guard.open(tx, meetingId);
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            Integer number = m.minutesNumber() != null ? m.minutesNumber() : number(tx, m);
            String reason = versions.takeCorrection(tx, meetingId).orElse("");
            MinutesVersion v = versions.insert(tx, meetingId, now, reason, text);
            Meeting adopted = m.withAdoption(now, number);
            meetings.update(tx, adopted);
            journal.record(tx, JournalAction.MINUTES_ADOPTED, MinutesGuard.subject(m),
                    JournalDetails.of("minutes.journal.adopted", v.version()));
            return adopted;
        });
    }

    /** Opens adopted minutes for a correction; the reason is required and kept with the next version. */
    public Meeting reopenForCorrection(long meetingId, String reason) {
        String why = Texts.cleanMultiline(reason);
        if (why.isEmpty()) {
            throw new ValidationException(List.of(Issue.error("minutes.field.reason", "minutes.error.reason")));
        }
        return db.write(tx -> {
            Meeting m = guard.meeting(tx, meetingId);
            if (!m.isAdopted()) {
                throw new AppException("minutes.error.notAdopted", MinutesGuard.subject(m));
            }
            Meeting open = m.withState(MeetingState.IN_PROGRESS);
            meetings.update(tx, open);
            versions.openCorrection(tx, meetingId, why, LocalDateTime.now(clock).withNano(0));
            journal.record(tx, JournalAction.MINUTES_CORRECTED, MinutesGuard.subject(m),
                    JournalDetails.of("minutes.journal.corrected", why));
            return open;
        });
    }

    /** Every adopted version of the minutes, oldest first. */
    public List<MinutesVersion> versions(long meetingId) {
        return db.read(tx -> versions.ofMeeting(tx, meetingId));
    }

    /** The reason given when adopted minutes were opened again, while that correction is under way. */
    public Optional<String> correctionUnderWay(long meetingId) {
        return db.read(tx -> versions.correction(tx, meetingId));
    }

    private long meetingOf(Tx tx, long itemId) {
        return items.meetingOf(tx, itemId).orElseThrow(() -> new AppException("minutes.error.itemNotFound", itemId));
    }

    /** The first note or tick shows the meeting is being held. */
    private void begin(Tx tx, Meeting m) {
        if (m.state() == MeetingState.PLANNED) {
            meetings.update(tx, m.withState(MeetingState.IN_PROGRESS));
        }
    }

    private Meeting change(long meetingId, java.util.function.UnaryOperator<Meeting> edit) {
        return db.write(tx -> {
            Meeting changed = edit.apply(guard.open(tx, meetingId));
            meetings.update(tx, changed);
            return changed;
        });
    }

    /** The next minutes number of the term, or null when the branch does not number its minutes. */
    private Integer number(Tx tx, Meeting m) {
        Optional<BranchProfile> profile = branch.load(tx);
        DocumentSettings settings = profile.map(BranchProfile::documents).orElse(DocumentSettings.DEFAULT);
        if (!settings.numberMinutes()) {
            return null;
        }
        LocalDate termStart = profile.map(BranchProfile::termStart).orElse(null);
        return branch.nextNumber(tx, MINUTES_DOC_TYPE, termStart != null ? termStart : m.date().withDayOfYear(1));
    }
}
