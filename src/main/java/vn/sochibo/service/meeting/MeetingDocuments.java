package vn.sochibo.service.meeting;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.export.doc.DocxWriter;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.PlainText;
import vn.sochibo.export.meeting.AgendaDocument;
import vn.sochibo.export.meeting.DocTexts;
import vn.sochibo.export.meeting.InvitationDocument;
import vn.sochibo.export.meeting.MinutesContent;
import vn.sochibo.export.meeting.MinutesDocument;
import vn.sochibo.export.meeting.ResolutionDocument;
import vn.sochibo.model.AppException;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.meeting.GradeRules;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.service.member.MemberHistories;
import vn.sochibo.store.BranchRepository;
import vn.sochibo.store.Database;
import vn.sochibo.store.MeetingRepository;

/**
 * The documents of a meeting as Party documents (minutes, monthly resolution, printable agenda, invitation), their
 * plain text (kept with each adopted version, read back aloud), and writing them as .docx.
 */
public final class MeetingDocuments {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private final Database db;
    private final Clock clock;
    private final AgendaService agenda;
    private final RollService roll;
    private final VoteService votes;
    private final MeetingRepository meetings = new MeetingRepository();
    private final BranchRepository branches = new BranchRepository();
    private final MemberHistories histories = new MemberHistories();
    private final DocxWriter writer = new DocxWriter();

    /** Documents over the agenda, roll and votes of the same database. */
    public MeetingDocuments(Database db, Clock clock, AgendaService agenda, RollService roll, VoteService votes) {
        this.db = db;
        this.clock = clock;
        this.agenda = agenda;
        this.roll = roll;
        this.votes = votes;
    }

    /** Documents with their own agenda, roll and vote services on the database. */
    public MeetingDocuments(Database db, Clock clock) {
        this(db, clock, new JournalService(db, clock));
    }

    private MeetingDocuments(Database db, Clock clock, JournalService journal) {
        this(db, clock, new AgendaService(db, clock, journal), new RollService(db, clock, journal),
                new VoteService(db, clock, journal));
    }

    /** The minutes (biên bản) of the meeting in the layout of its type (rules.md §4.3–4.5). */
    public PartyDocument minutes(long meetingId) {
        return MinutesDocument.build(content(meetingId));
    }

    /** The monthly resolution (nghị quyết, rules.md §4.6) of the meeting, with its number once it has one. */
    public PartyDocument resolution(long meetingId) {
        MinutesContent c = content(meetingId);
        Integer n = c.meeting().resolutionNumber();
        return ResolutionDocument.build(c, n == null ? "" : c.branch().documents().numberLine(n, "NQ"));
    }

    /** The printable agenda (chương trình) of the meeting. */
    public PartyDocument agenda(long meetingId) {
        return AgendaDocument.build(branch(), meeting(meetingId), agenda.items(meetingId), LocalDate.now(clock));
    }

    /** The invitation (thông báo) for members without phones: date, time, place, agenda. */
    public PartyDocument invitation(long meetingId) {
        BranchProfile b = branch();
        return InvitationDocument.build(b, meeting(meetingId), agenda.items(meetingId), secretaryName(b,
                names()), LocalDate.now(clock));
    }

    /**
     * The minutes as plain text, line by line, as read back in the meeting and kept with an adopted version: worded
     * as adopted (no draft note, with the sentence saying they were read back and adopted) even before adoption.
     */
    public String minutesText(long meetingId) {
        return PlainText.text(MinutesDocument.build(content(meetingId).asAdopted()));
    }

    /** Writes a document as .docx (temporary file, then moved into place); returns the file written. */
    public Path write(PartyDocument document, Path target) {
        return writer.write(document, target);
    }

    /** Writes the meeting's minutes as .docx; a draft until adopted (it says so under the title). */
    public Path writeMinutes(long meetingId, Path target) {
        return write(minutes(meetingId), target);
    }

    /** Numbers the resolution if it has no number yet (only once its content could be gathered), then writes it. */
    public Path writeResolution(long meetingId, Path target) {
        MinutesContent c = content(meetingId);
        int number = numberResolution(meetingId).resolutionNumber();
        return write(ResolutionDocument.build(c, c.branch().documents().numberLine(number, "NQ")), target);
    }

    /** Gives the resolution the next "NQ" number of the term, once, in one transaction; returns the meeting. */
    public Meeting numberResolution(long meetingId) {
        Meeting current = meeting(meetingId);
        if (current.resolutionNumber() != null) {
            return current;
        }
        return db.write(tx -> {
            Meeting m = meetings.get(tx, meetingId).orElseThrow(() -> notFound(meetingId));
            if (m.resolutionNumber() != null) {
                return m;
            }
            BranchProfile b = branches.load(tx).orElseThrow(() -> new AppException("document.error.noBranch"));
            Meeting numbered = m.withResolutionNumber(branches.nextNumber(tx, "NQ", b.termStart()));
            meetings.update(tx, numbered);
            return numbered;
        });
    }

    /** The meeting of the type in the month (the first one when several); refused with a message when none. */
    public Meeting meetingIn(YearMonth month, MeetingType type) {
        return db.read(tx -> meetings.between(tx, month.atDay(1), month.atEndOfMonth())).stream()
                .filter(m -> m.type() == type).findFirst()
                .orElseThrow(() -> new AppException("document.error.noMeeting", type.code(), month.format(MONTH)));
    }

    /** Everything the minutes and resolution need, gathered from the meeting services. */
    MinutesContent content(long meetingId) {
        Meeting m = meeting(meetingId);
        BranchProfile b = branch();
        Map<Long, String> names = names();
        Roll r = roll.roll(meetingId);
        String number = m.minutesNumber() != null && b.documents().numberMinutes()
                ? b.documents().numberLine(m.minutesNumber(), "BB") : "";
        return new MinutesContent(b, m, name(names, m.chairId()), name(names, m.minuteTakerId()),
                secretaryName(b, names), r.guests(), r.summary(), agenda.items(meetingId),
                agenda.carriedOver(meetingId), agenda.tasks(meetingId), names, votes.outcomes(meetingId, r.summary()),
                GradeRules.of(m), number,
                DocTexts.placeDate(b.placeName(), m.date()));
    }

    private Meeting meeting(long id) {
        return db.read(tx -> meetings.get(tx, id)).orElseThrow(() -> notFound(id));
    }

    private BranchProfile branch() {
        return db.read(branches::load).orElseThrow(() -> new AppException("document.error.noBranch"));
    }

    /** Every member's name by id, from the member list already read when the file has not changed since. */
    private Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        db.read(histories::all).forEach(h -> names.put(h.member().id(), h.member().fullName()));
        return names;
    }

    private static String secretaryName(BranchProfile b, Map<Long, String> names) {
        List<Long> secretaries = b.holders(OfficerRole.SECRETARY);
        return secretaries.isEmpty() ? "" : name(names, secretaries.get(0));
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }

    private static AppException notFound(long id) {
        return new AppException("meeting.error.notFound", id);
    }
}
