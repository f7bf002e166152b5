package vn.sochibo.model.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.meeting.RollRules;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.rules.StudyTargets;
import vn.sochibo.model.text.VietnameseNames;

/**
 * Who is expected at a study session, who completed it (present, or made up at a học bù) and who still owes
 * attendance or a written reflection (rules.md §7), per session and per document, with the same expected-member
 * rules as meetings (rules.md §6): expected members count; exempted, away, suspended and attached people are listed
 * apart and never counted, even when they come.
 */
public final class StudyRules {
    private StudyRules() {
    }

    /** The roll of the session on its date in Vietnamese name order; marks of people not on it are ignored. */
    public static List<StudyEntry> entries(Collection<MemberHistory> histories, LocalDate date,
                                           Collection<StudyMark> marks) {
        Map<Long, StudyMark> byMember = new HashMap<>();
        marks.forEach(m -> byMember.put(m.memberId(), m));
        List<StudyEntry> out = new ArrayList<>();
        for (MemberHistory h : histories) {
            RollCategory category = RollRules.category(h.statusOn(date));
            if (category != null) {
                out.add(new StudyEntry(h.member().id(), h.member().fullName(), category,
                        byMember.get(h.member().id())));
            }
        }
        out.sort(VietnameseNames.byName(StudyEntry::fullName));
        return out;
    }

    /** The session's roll, participation against the target on its date, and the expected members who owe. */
    public static StudySummary summary(StudySession session, Collection<MemberHistory> histories,
                                       Collection<StudyMark> marks) {
        List<StudyEntry> entries = entries(histories, session.date(), marks);
        int expected = 0;
        int completed = 0;
        List<StudyDebt> debts = new ArrayList<>();
        for (StudyEntry e : entries) {
            if (!e.expected()) {
                continue;
            }
            expected++;
            completed += e.completed() ? 1 : 0;
            boolean owesReflection = session.reflectionRequired() && !e.reflected();
            if (!e.completed() || owesReflection) {
                debts.add(new StudyDebt(e.memberId(), e.fullName(), !e.completed(), owesReflection));
            }
        }
        return new StudySummary(session, entries, participation(session.date(), completed, expected), debts);
    }

    /**
     * A document over its sessions: the members expected at any of them, completed when they completed any of
     * them; a reflection is owed when some session asked for one and the member handed in none. The target is the
     * one in force on the first session's date.
     */
    public static DocumentSummary document(String symbol, List<StudySummary> sessions) {
        Map<Long, StudyDebt> members = new LinkedHashMap<>();
        LocalDate first = LocalDate.EPOCH;
        for (StudySummary s : sessions) {
            first = first.equals(LocalDate.EPOCH) || s.session().date().isBefore(first) ? s.session().date() : first;
            s.entries().stream().filter(StudyEntry::expected).forEach(e -> members.putIfAbsent(e.memberId(),
                    new StudyDebt(e.memberId(), e.fullName(), true, true)));
        }
        Map<Long, Boolean> done = new HashMap<>();
        Map<Long, Boolean> reflected = new HashMap<>();
        boolean reflectionRequired = sessions.stream().anyMatch(s -> s.session().reflectionRequired());
        for (StudySummary s : sessions) {
            for (StudyEntry e : s.entries()) {
                done.merge(e.memberId(), e.completed(), Boolean::logicalOr);
                reflected.merge(e.memberId(), e.reflected(), Boolean::logicalOr);
            }
        }
        List<StudyDebt> debts = new ArrayList<>();
        int completed = 0;
        for (StudyDebt m : members.values()) {
            boolean attended = done.get(m.memberId());
            boolean owesReflection = reflectionRequired && !reflected.get(m.memberId());
            completed += attended ? 1 : 0;
            if (!attended || owesReflection) {
                debts.add(new StudyDebt(m.memberId(), m.fullName(), !attended, owesReflection));
            }
        }
        debts.sort(VietnameseNames.byName(StudyDebt::fullName));
        return new DocumentSummary(symbol, sessions, participation(first, completed, members.size()), debts);
    }

    /** The participation of {@code completed} out of {@code expected} against the target in force on the date. */
    public static Participation participation(LocalDate date, int completed, int expected) {
        return new Participation(completed, expected, StudyTargets.on(date).percent());
    }
}
