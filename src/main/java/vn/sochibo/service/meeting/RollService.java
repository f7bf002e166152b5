package vn.sochibo.service.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.AppException;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.meeting.AttendanceMark;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.Guest;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.model.meeting.RollRules;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.text.Texts;
import vn.sochibo.service.journal.JournalDetails;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.service.member.MemberHistories;
import vn.sochibo.store.AttendanceRepository;
import vn.sochibo.store.Database;
import vn.sochibo.store.GuestRepository;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.store.Tx;

/**
 * The roll call of a meeting: who is expected on its date, marks, guests, and the counts of the minutes header.
 * Every change is one transaction with its journal line; an adopted meeting refuses changes, and the first change
 * to a planned meeting puts it in progress.
 */
public final class RollService {
    private final Database db;
    private final Clock clock;
    private final JournalService journal;
    private final MeetingRepository meetings = new MeetingRepository();
    private final AttendanceRepository attendance = new AttendanceRepository();
    private final GuestRepository guests = new GuestRepository();
    private final MemberHistories histories = new MemberHistories();

    public RollService(Database db, Clock clock, JournalService journal) {
        this.db = db;
        this.clock = clock;
        this.journal = journal;
    }

    /** The roll of the meeting computed from member status on its date and the marks recorded. */
    public Roll roll(long meetingId) {
        return db.read(tx -> roll(tx, meeting(tx, meetingId)));
    }

    /** Every meeting dated from {@code from} to {@code to} inclusive with its roll, by date. */
    public List<MeetingRoll> between(LocalDate from, LocalDate to) {
        return db.read(tx -> {
            List<MemberHistory> all = histories.all(tx);
            Map<Long, List<AttendanceMark>> marks = attendance.between(tx, from, to);
            List<MeetingRoll> out = new ArrayList<>();
            for (Meeting m : meetings.between(tx, from, to)) {
                out.add(new MeetingRoll(m, RollRules.roll(all, m.date(), marks.getOrDefault(m.id(), List.of()),
                        guests.forMeeting(tx, m.id()))));
            }
            return out;
        });
    }

    /** The meeting itself (type, date, state), for screens showing the roll. */
    public Meeting meeting(long meetingId) {
        return db.read(tx -> meeting(tx, meetingId));
    }

    /**
     * Records one person's mark; an excused absence needs a reason. Away and suspended members cannot be marked,
     * and an exempted member only as present (their absence is not an absence).
     */
    public Roll mark(long meetingId, long memberId, AttendanceStatus status, String reason, String note) {
        return db.write(tx -> {
            Meeting m = changeable(tx, meetingId);
            List<MemberHistory> all = histories.all(tx);
            RollEntry entry = entry(roll(tx, m, all), memberId);
            String why = status == AttendanceStatus.ABSENT_EXCUSED ? Texts.clean(reason) : "";
            if (status == AttendanceStatus.ABSENT_EXCUSED && why.isEmpty()) {
                throw new AppException("roll.error.reasonRequired", entry.fullName());
            }
            if (!RollRules.canMark(entry.category(), status)) {
                throw new AppException("roll.error.cannotMark." + entry.category().name(), entry.fullName());
            }
            attendance.put(tx, new AttendanceMark(meetingId, memberId, status, why, note));
            journal.record(tx, JournalAction.MEETING_CHANGED, subject(m),
                    JournalDetails.of("roll.journal.mark", entry.fullName(), "roll.status." + status.name()));
            return roll(tx, m, all);
        });
    }

    /** Marks every expected and attached person not yet marked as present; existing marks stay. */
    public Roll markAllPresent(long meetingId) {
        return db.write(tx -> {
            Meeting m = changeable(tx, meetingId);
            List<MemberHistory> all = histories.all(tx);
            int count = 0;
            for (RollEntry e : roll(tx, m, all).entries()) {
                boolean wanted = e.category() == RollCategory.EXPECTED || e.category() == RollCategory.ATTACHED;
                if (wanted && e.mark() == null) {
                    attendance.put(tx, new AttendanceMark(meetingId, e.memberId(), AttendanceStatus.PRESENT, "", ""));
                    count++;
                }
            }
            if (count > 0) {
                journal.record(tx, JournalAction.MEETING_CHANGED, subject(m),
                        JournalDetails.of("roll.journal.all", count));
            }
            return roll(tx, m, all);
        });
    }

    /** Removes one person's mark (back to not yet marked). */
    public Roll clear(long meetingId, long memberId) {
        return db.write(tx -> {
            Meeting m = changeable(tx, meetingId);
            List<MemberHistory> all = histories.all(tx);
            RollEntry entry = entry(roll(tx, m, all), memberId);
            if (attendance.delete(tx, meetingId, memberId)) {
                journal.record(tx, JournalAction.MEETING_CHANGED, subject(m),
                        JournalDetails.of("roll.journal.clear", entry.fullName()));
            }
            return roll(tx, m, all);
        });
    }

    /** Adds a guest by name (required) and post. */
    public Guest addGuest(long meetingId, String name, String post) {
        return db.write(tx -> {
            Meeting m = guestsChangeable(tx, meetingId);
            Guest saved = guests.insert(tx, checked(new Guest(0, meetingId, 0, name, post)));
            journal.record(tx, JournalAction.MEETING_CHANGED, subject(m),
                    JournalDetails.of("roll.journal.guestAdded", saved.name()));
            return saved;
        });
    }

    /** Changes a guest's name (required) and post. */
    public Guest updateGuest(long guestId, String name, String post) {
        return db.write(tx -> {
            Guest old = guest(tx, guestId);
            Meeting m = guestsChangeable(tx, old.meetingId());
            Guest changed = checked(new Guest(guestId, old.meetingId(), old.position(), name, post));
            guests.update(tx, changed);
            journal.record(tx, JournalAction.MEETING_CHANGED, subject(m),
                    JournalDetails.of("roll.journal.guestChanged", changed.name()));
            return changed;
        });
    }

    /** Removes a guest from the meeting. */
    public void removeGuest(long guestId) {
        db.write(tx -> {
            Guest old = guest(tx, guestId);
            Meeting m = guestsChangeable(tx, old.meetingId());
            guests.delete(tx, guestId);
            journal.record(tx, JournalAction.MEETING_CHANGED, subject(m),
                    JournalDetails.of("roll.journal.guestRemoved", old.name()));
            return null;
        });
    }

    /** The roll of a meeting already read, inside the caller's transaction. */
    Roll roll(Tx tx, Meeting m) {
        return roll(tx, m, histories.all(tx));
    }

    /** The roll from histories already read: a change reads them once and builds the roll before and after it. */
    private Roll roll(Tx tx, Meeting m, List<MemberHistory> all) {
        return RollRules.roll(all, m.date(), attendance.forMeeting(tx, m.id()), guests.forMeeting(tx, m.id()));
    }


    private Meeting meeting(Tx tx, long meetingId) {
        return meetings.get(tx, meetingId).orElseThrow(() -> new AppException("meeting.error.notFound", meetingId));
    }

    /** The meeting when its roll may change (not adopted); a mark puts a planned meeting in progress. */
    private Meeting changeable(Tx tx, long meetingId) {
        return changeable(tx, meetingId, true);
    }

    /** The meeting when its guests may change; inviting a guest does not start the meeting. */
    private Meeting guestsChangeable(Tx tx, long meetingId) {
        return changeable(tx, meetingId, false);
    }

    private Meeting changeable(Tx tx, long meetingId, boolean starts) {
        Meeting m = meeting(tx, meetingId);
        if (m.isAdopted()) {
            throw new AppException("roll.error.adopted", m.date());
        }
        if (starts && m.state() == MeetingState.PLANNED) {
            m = m.withState(MeetingState.IN_PROGRESS);
            meetings.update(tx, m);
        }
        return m;
    }

    private static RollEntry entry(Roll roll, long memberId) {
        return roll.entries().stream().filter(e -> e.memberId() == memberId).findFirst()
                .orElseThrow(() -> new AppException("roll.error.notOnRoll", memberId));
    }

    private Guest guest(Tx tx, long guestId) {
        return guests.get(tx, guestId).orElseThrow(() -> new AppException("roll.error.guestNotFound", guestId));
    }

    private static Guest checked(Guest g) {
        if (g.name().isEmpty()) {
            throw new AppException("roll.error.guestName");
        }
        return g;
    }

    private static String subject(Meeting m) {
        return m.type().code() + " " + m.date();
    }

    /** Today by the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
