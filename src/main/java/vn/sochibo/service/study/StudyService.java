package vn.sochibo.service.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.AppException;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.RollRules;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.study.DocumentSummary;
import vn.sochibo.model.study.StudyEntry;
import vn.sochibo.model.study.StudyMark;
import vn.sochibo.model.study.StudyRules;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.model.text.Texts;
import vn.sochibo.service.journal.JournalDetails;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.service.member.MemberHistories;
import vn.sochibo.store.Database;
import vn.sochibo.store.StudyRepository;
import vn.sochibo.store.Tx;

/**
 * Study sessions (rules.md §7): the sessions themselves, each member's mark, make-up sessions and reflections, and
 * participation per session, per year and per document. Every change is one transaction with its journal line.
 */
public final class StudyService {
    private final Database db;
    private final JournalService journal;
    private final StudyRepository study = new StudyRepository();
    private final MemberHistories histories = new MemberHistories();

    public StudyService(Database db, JournalService journal) {
        this.db = db;
        this.journal = journal;
    }

    /** Saves a new session; the document symbol and the date are required. */
    public StudySession create(StudySession s) {
        return db.write(tx -> {
            StudySession saved = study.insert(tx, checked(s));
            journal.record(tx, JournalAction.STUDY_CHANGED, subject(saved),
                    JournalDetails.of("study.journal.created", saved.documentTitle()));
            return saved;
        });
    }

    /** Changes a session's fields; marks stay, and people no longer on the roll on the new date are ignored. */
    public StudySession update(StudySession s) {
        return db.write(tx -> {
            session(tx, s.id());
            study.update(tx, checked(s));
            journal.record(tx, JournalAction.STUDY_CHANGED, subject(s),
                    JournalDetails.of("study.journal.changed", s.documentTitle()));
            return s;
        });
    }

    /** Deletes a session with its marks. */
    public void delete(long sessionId) {
        db.write(tx -> {
            StudySession s = session(tx, sessionId);
            study.delete(tx, sessionId);
            journal.record(tx, JournalAction.STUDY_CHANGED, subject(s),
                    JournalDetails.of("study.journal.deleted", s.documentTitle()));
            return null;
        });
    }

    /**
     * Records one member's mark; an excused absence needs a reason. Away and suspended members cannot be marked,
     * and an exempted member only as present. Marking present clears a make-up date.
     */
    public StudySummary mark(long sessionId, long memberId, AttendanceStatus status, String reason) {
        return db.write(tx -> {
            StudySession s = session(tx, sessionId);
            StudyEntry entry = entry(tx, s, memberId);
            String why = status == AttendanceStatus.ABSENT_EXCUSED ? Texts.clean(reason) : "";
            if (status == AttendanceStatus.ABSENT_EXCUSED && why.isEmpty()) {
                throw new AppException("study.error.reasonRequired", entry.fullName());
            }
            if (!RollRules.canMark(entry.category(), status)) {
                throw new AppException("study.error.cannotMark." + entry.category().name(), entry.fullName());
            }
            StudyMark old = entry.mark();
            LocalDate makeup = status == AttendanceStatus.PRESENT || old == null ? null : old.makeupDate();
            study.put(tx, new StudyMark(sessionId, memberId, status, why, makeup,
                    old == null ? null : old.reflectionOn()));
            journal.record(tx, JournalAction.STUDY_CHANGED, subject(s),
                    JournalDetails.of("study.journal.mark", entry.fullName(), "roll.status." + status.name()));
            return summary(tx, s);
        });
    }

    /** Marks every expected member not yet marked as present, in one change with one journal line. */
    public StudySummary markAllPresent(long sessionId) {
        return db.write(tx -> {
            StudySession s = session(tx, sessionId);
            int marked = 0;
            for (StudyEntry e : summary(tx, s).entries()) {
                if (e.expected() && e.mark() == null) {
                    study.put(tx, new StudyMark(sessionId, e.memberId(), AttendanceStatus.PRESENT, "", null, null));
                    marked++;
                }
            }
            if (marked > 0) {
                journal.record(tx, JournalAction.STUDY_CHANGED, subject(s),
                        JournalDetails.of("study.journal.allPresent", marked));
            }
            return summary(tx, s);
        });
    }

    /** Records (or with null clears) the date a member who missed the session attended a make-up session. */
    public StudySummary makeUp(long sessionId, long memberId, LocalDate date) {
        return db.write(tx -> {
            StudySession s = session(tx, sessionId);
            StudyEntry entry = entry(tx, s, memberId);
            if (entry.mark() == null || entry.mark().status() == AttendanceStatus.PRESENT) {
                throw new AppException("study.error.makeupNotAbsent", entry.fullName());
            }
            if (date != null && date.isBefore(s.date())) {
                throw new AppException("study.error.makeupBeforeSession", entry.fullName(), s.date());
            }
            study.put(tx, entry.mark().withMakeup(date));
            journal.record(tx, JournalAction.STUDY_CHANGED, subject(s), date == null
                    ? JournalDetails.of("study.journal.makeupCleared", entry.fullName())
                    : JournalDetails.of("study.journal.makeup", entry.fullName(), date));
            return summary(tx, s);
        });
    }

    /** Records (or with null clears) the date a member handed in the reflection the session asks for. */
    public StudySummary reflection(long sessionId, long memberId, LocalDate on) {
        return db.write(tx -> {
            StudySession s = session(tx, sessionId);
            StudyEntry entry = entry(tx, s, memberId);
            if (!s.reflectionRequired()) {
                throw new AppException("study.error.reflectionNotRequired", s.documentSymbol());
            }
            if (entry.mark() == null) {
                throw new AppException("study.error.notMarked", entry.fullName());
            }
            if (on != null && on.isBefore(s.date())) {
                throw new AppException("study.error.reflectionBeforeSession", entry.fullName(), s.date());
            }
            study.put(tx, entry.mark().withReflection(on));
            journal.record(tx, JournalAction.STUDY_CHANGED, subject(s), on == null
                    ? JournalDetails.of("study.journal.reflectionCleared", entry.fullName())
                    : JournalDetails.of("study.journal.reflection", entry.fullName(), on));
            return summary(tx, s);
        });
    }

    /** Removes one member's line (back to not yet marked, make-up and reflection included). */
    public StudySummary clear(long sessionId, long memberId) {
        return db.write(tx -> {
            StudySession s = session(tx, sessionId);
            StudyEntry entry = entry(tx, s, memberId);
            if (study.deleteMark(tx, sessionId, memberId)) {
                journal.record(tx, JournalAction.STUDY_CHANGED, subject(s),
                        JournalDetails.of("study.journal.clear", entry.fullName()));
            }
            return summary(tx, s);
        });
    }

    /** The sessions of the year by date, each with its roll and participation. */
    public List<StudySummary> sessions(int year) {
        return sessions(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The sessions dated from {@code from} to {@code to} inclusive, by date, each with its roll and participation. */
    public List<StudySummary> sessions(LocalDate from, LocalDate to) {
        return db.read(tx -> {
            List<MemberHistory> all = histories.all(tx);
            Map<Long, List<StudyMark>> marks = study.marksBetween(tx, from, to);
            List<StudySummary> out = new ArrayList<>();
            for (StudySession s : study.between(tx, from, to)) {
                out.add(StudyRules.summary(s, all, marks.getOrDefault(s.id(), List.of())));
            }
            return out;
        });
    }

    /** The session itself (no roll), or study.error.notFound. */
    public StudySession session(long sessionId) {
        return db.read(tx -> session(tx, sessionId));
    }

    /** One session with its roll, participation and the members who still owe attendance or a reflection. */
    public StudySummary summary(long sessionId) {
        return db.read(tx -> summary(tx, session(tx, sessionId)));
    }

    /** One document over every session it was studied in (symbol compared after trimming). */
    public DocumentSummary byDocument(String symbol) {
        String key = Texts.clean(symbol);
        return db.read(tx -> {
            List<MemberHistory> all = histories.all(tx);
            List<StudySummary> sessions = new ArrayList<>();
            for (StudySession s : study.bySymbol(tx, key)) {
                sessions.add(StudyRules.summary(s, all, study.marks(tx, s.id())));
            }
            return StudyRules.document(key, sessions);
        });
    }

    private StudySummary summary(Tx tx, StudySession s) {
        return StudyRules.summary(s, histories.all(tx), study.marks(tx, s.id()));
    }


    private StudySession session(Tx tx, long id) {
        return study.get(tx, id).orElseThrow(() -> new AppException("study.error.notFound", id));
    }

    private StudyEntry entry(Tx tx, StudySession s, long memberId) {
        return summary(tx, s).entries().stream().filter(e -> e.memberId() == memberId).findFirst()
                .orElseThrow(() -> new AppException("study.error.notOnRoll", memberId, s.date()));
    }

    private static StudySession checked(StudySession s) {
        if (s.documentSymbol().isEmpty()) {
            throw new AppException("study.error.symbolRequired");
        }
        if (s.date() == null) {
            throw new AppException("study.error.dateRequired");
        }
        return s;
    }

    private static String subject(StudySession s) {
        return s.documentSymbol() + " " + s.date();
    }
}
