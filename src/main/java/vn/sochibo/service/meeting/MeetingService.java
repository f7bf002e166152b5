package vn.sochibo.service.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.sochibo.model.AppException;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.MeetingDay;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.PlanWarning;
import vn.sochibo.model.meeting.PlanWarnings;
import vn.sochibo.model.meeting.YearPlan;
import vn.sochibo.service.Messages;
import vn.sochibo.service.journal.JournalDetails;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.BranchRepository;
import vn.sochibo.store.Database;
import vn.sochibo.store.MeetingRecords;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.store.Tx;

/** Meetings themselves: the year plan, listing by year, creating, changing and deleting a sitting. */
public final class MeetingService {
    private final Database db;
    private final Clock clock;
    private final JournalService journal;
    private final MeetingRepository meetings = new MeetingRepository();
    private final MeetingRecords records = new MeetingRecords();
    private final BranchRepository branches = new BranchRepository();
    private final AgendaTemplates templates = new AgendaTemplates();

    public MeetingService(Database db, Clock clock, JournalService journal) {
        this.db = db;
        this.clock = clock;
        this.journal = journal;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The meeting with the id; refused with a message when it no longer exists. */
    public Meeting get(long id) {
        return db.read(tx -> meetings.get(tx, id)).orElseThrow(() -> new AppException("meeting.error.notFound", id));
    }

    /** Every meeting of the calendar year, by date. */
    public List<Meeting> inYear(int year) {
        return db.read(tx -> meetings.between(tx, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    JournalService journal() {
        return journal;
    }

    /** Saves a new meeting and copies its type's agenda template into it. */
    public Meeting create(Meeting meeting) {
        refuseSameChairAndTaker(meeting);
        return db.write(tx -> {
            Meeting saved = insert(tx, meeting);
            journal.record(tx, JournalAction.MEETING_CREATED, Messages.date(saved.date()), typeDetails(saved));
            return saved;
        });
    }

    /** Saves changed details of a meeting that is not adopted (its state, grade and numbers are kept). */
    public void update(Meeting meeting) {
        refuseSameChairAndTaker(meeting);
        db.write(tx -> {
            Meeting current = meetings.get(tx, meeting.id())
                    .orElseThrow(() -> new AppException("meeting.error.notFound", meeting.id()));
            if (current.isAdopted()) {
                throw new AppException("meeting.plan.error.adopted", Messages.date(current.date()));
            }
            meetings.update(tx, keepRecordOf(current, meeting));
            journal.record(tx, JournalAction.MEETING_CHANGED, Messages.date(meeting.date()), typeDetails(meeting));
            return null;
        });
    }

    /** Deletes a meeting that has not been held (no marks, notes or votes). */
    public void delete(long id) {
        db.write(tx -> {
            Meeting current = meetings.get(tx, id).orElseThrow(() -> new AppException("meeting.error.notFound", id));
            if (current.isAdopted() || records.anyRecorded(tx, id)) {
                throw new AppException("meeting.plan.error.held", Messages.date(current.date()));
            }
            meetings.delete(tx, id);
            journal.record(tx, JournalAction.MEETING_DELETED, Messages.date(current.date()), typeDetails(current));
            return null;
        });
    }

    /** Creates the year's regular and thematic meetings that do not exist yet; returns those created. */
    public List<Meeting> planYear(int year) {
        return db.write(tx -> {
            Optional<BranchProfile> profile = branches.load(tx);
            MeetingDay day = profile.map(BranchProfile::meetingDay).orElse(MeetingDay.DEFAULT);
            List<Meeting> plan = YearPlan.of(year, day, profile.map(BranchProfile::meetingTime).orElse(null),
                    profile.map(BranchProfile::meetingPlace).orElse(""));
            List<Meeting> existing = meetings.between(tx, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            List<Meeting> created = new ArrayList<>();
            for (Meeting m : YearPlan.missing(plan, existing)) {
                created.add(insert(tx, m));
            }
            if (!created.isEmpty()) {
                journal.record(tx, JournalAction.MEETING_CREATED, String.valueOf(year),
                        JournalDetails.of("meeting.plan.journal.planned", created.size()));
            }
            return created;
        });
    }

    /** The meeting of the type in the month (the first one when several), if any. */
    public Optional<Meeting> find(YearMonth month, MeetingType type) {
        return db.read(tx -> meetings.between(tx, month.atDay(1), month.atEndOfMonth())).stream()
                .filter(m -> m.type() == type).findFirst();
    }

    /** Gaps in the year as of today: past months with no regular meeting held, past quarters with no thematic one. */
    public List<PlanWarning> warnings(int year) {
        return warnings(year, today());
    }

    /** Gaps in the year as of the given day. */
    public List<PlanWarning> warnings(int year, LocalDate asOf) {
        return PlanWarnings.of(year, inYear(year), asOf);
    }

    private Meeting insert(Tx tx, Meeting meeting) {
        Meeting saved = meetings.insert(tx, meeting.withId(0));
        templates.copyInto(tx, saved.id(), saved.type());
        return saved;
    }

    private static Meeting keepRecordOf(Meeting current, Meeting m) {
        return new Meeting(current.id(), m.type(), m.date(), m.startTime(), m.endTime(), m.place(), m.topic(),
                m.presenter(), m.chairId(), m.minuteTakerId(), current.state(), current.gradePoints(),
                current.gradeKeyMet(), current.adoptedAt(), current.minutesNumber(), current.resolutionNumber());
    }

    private static void refuseSameChairAndTaker(Meeting m) {
        if (m.chairId() != null && Objects.equals(m.chairId(), m.minuteTakerId())) {
            throw new AppException("meeting.plan.error.sameChairAndTaker");
        }
    }

    private static String typeDetails(Meeting m) {
        return JournalDetails.of("meeting.plan.type." + m.type().name());
    }
}
