package vn.sochibo.service.member;

import vn.sochibo.store.Tx;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.AppException;
import vn.sochibo.model.Issue;
import vn.sochibo.model.ValidationException;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.member.EventRules;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.MemberRules;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.service.journal.JournalDetails;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.Database;
import vn.sochibo.store.MemberEventRepository;
import vn.sochibo.store.MemberRepository;

/**
 * The member register's use cases: list, check, save, events, counts. Every write is one transaction, which also
 * adds its line to the change journal.
 */
public final class MemberService {
    private final Database db;
    private final Clock clock;
    private final MemberRepository members = new MemberRepository();
    private final MemberEventRepository events = new MemberEventRepository();
    private final MemberHistories histories = new MemberHistories();
    private final MemberHistorySync sync = new MemberHistorySync(events);
    private final JournalService journal;

    public MemberService(Database db, Clock clock) {
        this(db, clock, new JournalService(db, clock));
    }

    /** The service writing its journal lines through the given journal (tests choose the account name). */
    public MemberService(Database db, Clock clock, JournalService journal) {
        this.db = db;
        this.clock = clock;
        this.journal = journal;
    }

    /** The change journal of the same database. */
    public JournalService journal() {
        return journal;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every member with their events. */
    public List<MemberHistory> all() {
        return db.read(histories::all);
    }

    public MemberHistory get(long id) {
        return db.read(c -> history(c, id));
    }

    public int count() {
        return db.read(members::count);
    }

    public StatusCounts countsOn(LocalDate day) {
        return StatusCounts.on(all(), day);
    }

    /** All issues of saving the member (errors and warnings), including duplicate ID and card numbers. */
    public List<Issue> check(Member m, MemberEntry entry) {
        List<Issue> issues = new ArrayList<>(MemberRules.check(m, today()));
        if (m.id() == 0 && entry != null && entry.type() != EventType.ADMITTED && entry.date() == null) {
            issues.add(Issue.error("member.field.entryDate", "validation.dateRequired"));
        }
        db.read(c -> {
            addDuplicate(c, "personal_id", m.identity().personalId(), m, "member.field.personalId", issues);
            addDuplicate(c, "card_number", m.party().cardNumber(), m, "member.field.cardNumber", issues);
            return null;
        });
        return issues;
    }

    /** Saves a new member (with how they came onto the list) or an existing one; refuses on any error. */
    public MemberHistory save(Member m, MemberEntry entry) {
        List<Issue> issues = check(m, entry);
        if (Issue.anyError(issues)) {
            throw new ValidationException(issues.stream().filter(Issue::isError).toList());
        }
        return db.write(c -> {
            Member saved = m.id() == 0 ? members.insert(c, m) : update(c, m);
            if (m.id() == 0) {
                sync.createEntryEvents(c, saved, entry);
                journal.record(c, JournalAction.MEMBER_CREATED, saved.fullName(), entryDetails(saved, entry));
            } else {
                sync.followPartyDates(c, saved);
                journal.record(c, JournalAction.MEMBER_CHANGED, saved.fullName(), "");
            }
            MemberHistory result = history(c, saved.id());
            refuseImpossible(EventRules.checkHistory(result.member(), result.events()));
            return result;
        });
    }

    /** Adds or changes an event after checking the whole history stays possible; keeps party dates in step. */
    public MemberHistory saveEvent(MemberEvent event) {
        return db.write(c -> {
            MemberHistory h = history(c, event.memberId());
            refuseImpossible(EventRules.check(h.member(), h.events(), event, today()));
            if (event.id() == 0) {
                events.insert(c, event);
            } else {
                events.update(c, event);
            }
            sync.followEvent(c, h.member(), event);
            journal.record(c, event.id() == 0 ? JournalAction.EVENT_ADDED : JournalAction.EVENT_CHANGED,
                    h.member().fullName(), eventDetails(event));
            return history(c, event.memberId());
        });
    }

    /** Deletes an event when the remaining history still makes sense. */
    public MemberHistory deleteEvent(MemberEvent event) {
        return db.write(c -> {
            MemberHistory h = history(c, event.memberId());
            refuseImpossible(EventRules.checkRemoval(h.member(), h.events(), event));
            events.delete(c, event.id());
            sync.forgetEvent(c, h.member(), event);
            journal.record(c, JournalAction.EVENT_DELETED, h.member().fullName(), eventDetails(event));
            return history(c, event.memberId());
        });
    }

    /** Deletes a member entered by mistake, with every event. */
    public void delete(long memberId) {
        db.write(c -> {
            Member m = members.find(c, memberId).orElseThrow(() -> new AppException("member.error.notFound"));
            members.delete(c, memberId);
            journal.record(c, JournalAction.MEMBER_DELETED, m.fullName(), "");
            return null;
        });
    }

    /**
     * Writes many members with their full histories in one transaction (import, sample data): all or nothing.
     * Each history must already be valid; a broken one aborts the whole write.
     */
    public int insertAll(List<MemberHistory> histories) {
        return db.write(c -> insertAll(c, histories));
    }

    /** Writes imported members like {@link #insertAll} and journals the import of the file in the same transaction. */
    public int importAll(List<MemberHistory> histories, String fileName) {
        return db.write(c -> {
            int written = insertAll(c, histories);
            journal.record(c, JournalAction.ROSTER_IMPORTED, fileName,
                    JournalDetails.of("journal.details.imported", written));
            return written;
        });
    }

    private int insertAll(Tx c, List<MemberHistory> histories) {
        for (MemberHistory h : histories) {
            Member saved = members.insert(c, h.member());
            for (MemberEvent e : h.events()) {
                events.insert(c, e.withId(0, saved.id()));
            }
        }
        return histories.size();
    }

    /** How the member came onto the list, for the journal: the entry event's label key and its date. */
    private static String entryDetails(Member m, MemberEntry entry) {
        EventType type = entry == null ? EventType.ADMITTED : entry.type();
        LocalDate date = entry != null && entry.date() != null ? entry.date() : m.party().admissionDate();
        String key = "member.event." + type;
        return date == null ? JournalDetails.of(key) : JournalDetails.of(key, date);
    }

    /** The event's label key and date, for the journal. */
    private static String eventDetails(MemberEvent e) {
        return JournalDetails.of("member.event." + e.type(), e.date());
    }

    private Member update(Tx c, Member m) {
        if (members.find(c, m.id()).isEmpty()) {
            throw new AppException("member.error.notFound");
        }
        members.update(c, m);
        return m;
    }

    private MemberHistory history(Tx c, long id) {
        Member m = members.find(c, id).orElseThrow(() -> new AppException("member.error.notFound"));
        return new MemberHistory(m, events.forMember(c, id));
    }

    private void addDuplicate(Tx c, String column, String value, Member m, String field, List<Issue> issues) {
        if (!value.isEmpty() && !members.idsWith(c, column, value, m.id()).isEmpty()) {
            issues.add(Issue.error(field, "validation.duplicate", value));
        }
    }

    private static void refuseImpossible(List<Issue> issues) {
        if (Issue.anyError(issues)) {
            throw new ValidationException(issues);
        }
    }
}
