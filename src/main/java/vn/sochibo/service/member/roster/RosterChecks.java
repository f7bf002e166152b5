package vn.sochibo.service.member.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.sochibo.model.Issue;
import vn.sochibo.model.member.EventRules;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.MemberRules;
import vn.sochibo.model.text.Texts;
import vn.sochibo.service.Messages;

/**
 * The rules every imported member must pass, as for the member form (MemberRules, EventRules), plus duplicates:
 * the same CCCD, card number, or name with birth date as a member already in the database or another row.
 */
final class RosterChecks {
    private static final Set<String> REPORTED_BY_READER = Set.of("event.field.place", "event.field.type");
    private final LocalDate today;
    private final List<Member> existing;

    RosterChecks(LocalDate today, List<MemberHistory> existing) {
        this.today = today;
        this.existing = existing.stream().map(MemberHistory::member).toList();
    }

    /** Adds to each row the problems of its member and events; a cell already in error gets no second message. */
    void checkRules(ReadRow row) {
        RowRead r = row.read();
        for (Issue issue : MemberRules.check(row.member(), today)) {
            String column = r.sourceOf(issue.field());
            addUnlessInError(r, RosterProblem.at(r.number(), column, column == null ? issue.field() : null,
                    issue.key(), issue.args(), issue.severity()));
        }
        List<MemberEvent> all = row.plainEvents();
        for (SourcedEvent se : row.events()) {
            List<MemberEvent> others = new ArrayList<>(all);
            others.remove(se.event());
            for (Issue issue : EventRules.check(row.member(), others, se.event(), today)) {
                if (!REPORTED_BY_READER.contains(issue.field())) {
                    addUnlessInError(r, eventProblem(se, issue));
                }
            }
        }
        for (Issue issue : EventRules.checkHistory(row.member(), all)) {
            LocalDate date = issue.args().isEmpty() ? null : (LocalDate) issue.args().get(0);
            SourcedEvent at = row.events().stream().filter(se -> se.event().date().equals(date)).reduce((a, b) -> b)
                    .orElse(row.events().get(0));
            addUnlessInError(r, eventProblem(at, issue));
        }
    }

    private static void addUnlessInError(RowRead r, RosterProblem problem) {
        boolean cellInError = problem.column() != null && r.problems().stream().anyMatch(p -> p.isError()
                && p.row() == problem.row() && problem.column().equals(p.column())
                && java.util.Objects.equals(p.sheet(), problem.sheet()));
        if (!cellInError) {
            r.add(problem);
        }
    }

    private static RosterProblem eventProblem(SourcedEvent se, Issue issue) {
        return new RosterProblem(se.sheet(), se.row(), se.column(), null, "member.event." + se.event().type().name(),
                issue.key(), issue.args(), issue.severity());
    }

    /** Adds duplicate errors: against the database first, then against earlier rows of the file. */
    void checkDuplicates(List<ReadRow> rows) {
        duplicates(rows, m -> m.identity().personalId(), "member.field.personalId");
        duplicates(rows, m -> m.party().cardNumber(), "member.field.cardNumber");
        duplicates(rows, RosterChecks::personKey, "member.field.fullName");
    }

    private void duplicates(List<ReadRow> rows, Function<Member, String> key, String field) {
        Map<String, Member> known = new HashMap<>();
        for (Member m : existing) {
            known.putIfAbsent(key.apply(m), m);
        }
        Map<String, Integer> seen = new HashMap<>();
        boolean person = field.equals("member.field.fullName");
        for (ReadRow row : rows) {
            String value = key.apply(row.member());
            if (value.isEmpty()) {
                continue;
            }
            RowRead r = row.read();
            String column = r.sourceOf(field);
            Member other = known.get(value);
            if (other != null) {
                r.add(RosterProblem.at(r.number(), column, column == null ? field : null,
                        person ? "roster.duplicate.samePersonExisting" : "roster.duplicate.existing",
                        List.of(other.fullName(), Messages.date(other.identity().birthDate())), Issue.Severity.ERROR));
            } else if (seen.containsKey(value)) {
                r.add(RosterProblem.at(r.number(), column, column == null ? field : null,
                        person ? "roster.duplicate.samePersonRow" : "roster.duplicate.row",
                        List.of(String.valueOf(seen.get(value))), Issue.Severity.ERROR));
            } else {
                seen.put(value, r.number());
            }
        }
    }

    /** Folded name and birth date; empty when either is missing (such rows already have an error). */
    private static String personKey(Member m) {
        LocalDate birth = m.identity().birthDate();
        return birth == null || m.fullName().isEmpty() ? "" : Texts.fold(m.fullName()) + "|" + birth;
    }
}
