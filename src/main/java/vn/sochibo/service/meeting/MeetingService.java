package vn.sochibo.service.meeting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import vn.sochibo.model.meeting.MeetingType;
import java.time.LocalDate;
import java.util.List;
import vn.sochibo.model.AppException;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.Database;
import vn.sochibo.store.MeetingRepository;

/** Meetings themselves: the year plan, listing by year, creating, changing and deleting a sitting. */
public final class MeetingService {
    private final Database db;
    private final Clock clock;
    private final JournalService journal;
    private final MeetingRepository meetings = new MeetingRepository();

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
        throw new UnsupportedOperationException("pending");
    }

    /** Saves changed details of a meeting that is not adopted. */
    public void update(Meeting meeting) {
        throw new UnsupportedOperationException("pending");
    }

    /** Deletes a meeting that has not been held (no marks, notes or votes). */
    public void delete(long id) {
        throw new UnsupportedOperationException("pending");
    }

    /** Creates the year's regular and thematic meetings that do not exist yet; returns those created. */
    public List<Meeting> planYear(int year) {
        throw new UnsupportedOperationException("pending");
    }

    /** The meeting of the type in the month (the first one when several), if any. */
    public Optional<Meeting> find(YearMonth month, MeetingType type) {
        throw new UnsupportedOperationException("pending");
    }
}
