package vn.sochibo.model.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.Issue;

/**
 * Which events may follow which (rules.md §5.2–5.6). A candidate event is checked by replaying the whole history
 * with it inserted, so back-dated events that would make a later event impossible are refused too.
 */
public final class EventRules {
    private EventRules() {
    }

    /** Issues for adding or changing {@code candidate} (same id replaces) among the member's other events. */
    public static List<Issue> check(Member member, List<MemberEvent> existing, MemberEvent candidate, LocalDate today) {
        List<Issue> issues = new ArrayList<>(checkOwnFields(member, candidate, today));
        if (!issues.isEmpty()) {
            return issues;
        }
        List<MemberEvent> all = new ArrayList<>(existing.stream()
                .filter(e -> candidate.id() == 0 || e.id() != candidate.id()).toList());
        all.add(candidate);
        all.sort(MemberEvent.CHRONOLOGICAL);
        for (int i = 0; i < all.size(); i++) {
            MemberEvent event = all.get(i);
            StatusOnDate before = StatusRules.statusOn(member, all.subList(0, i), event.date());
            String key = transitionProblem(member, before, event);
            if (key != null && !event.date().isBefore(candidate.date())) {
                issues.add(Issue.error("event.field.type", key, event.date()));
                break;
            }
        }
        return issues;
    }

    /** Issues for deleting {@code removed}: the remaining history must still make sense. */
    public static List<Issue> checkRemoval(Member member, List<MemberEvent> existing, MemberEvent removed) {
        return checkHistory(member, existing.stream().filter(e -> e.id() != removed.id()).toList());
    }

    /** The first impossible step of a whole history, if any (used after the member's dates change). */
    public static List<Issue> checkHistory(Member member, List<MemberEvent> events) {
        List<MemberEvent> rest = events.stream().sorted(MemberEvent.CHRONOLOGICAL).toList();
        for (int i = 0; i < rest.size(); i++) {
            MemberEvent event = rest.get(i);
            String key = transitionProblem(member, StatusRules.statusOn(member, rest.subList(0, i), event.date()), event);
            if (key != null) {
                return List.of(Issue.error("event.field.type", key, event.date()));
            }
        }
        return List.of();
    }

    private static List<Issue> checkOwnFields(Member member, MemberEvent e, LocalDate today) {
        List<Issue> issues = new ArrayList<>();
        if (e.date().isAfter(today)) {
            issues.add(Issue.error("event.field.date", "validation.notFuture"));
        }
        LocalDate birth = member.identity().birthDate();
        if (birth != null && !e.date().isAfter(birth)) {
            issues.add(Issue.error("event.field.date", "validation.event.beforeBirth"));
        }
        if (e.type().takesPlace() && e.place().isEmpty()) {
            issues.add(Issue.error("event.field.place", "validation.required"));
        }
        boolean endRequired = e.type().needs() == EventType.Needs.END
                || e.type().needs() == EventType.Needs.PLACE_AND_END;
        if (endRequired && e.endDate() == null) {
            issues.add(Issue.error("event.field.endDate", "validation.dateRequired"));
        }
        if (e.endDate() != null && !e.endDate().isAfter(e.date())) {
            issues.add(Issue.error("event.field.endDate", "validation.event.endAfterStart"));
        }
        if (e.type().needs() == EventType.Needs.REASON && e.reason().isEmpty()) {
            issues.add(Issue.error("event.field.reason", "validation.required"));
        }
        return issues;
    }

    /** The message key explaining why the event cannot happen in the given standing, or null when it can. */
    static String transitionProblem(Member member, StatusOnDate before, MemberEvent event) {
        if (before.exit() == EventType.DECEASED && before.membership() == Membership.GONE) {
            return "validation.event.afterDeath";
        }
        PartyRecord party = member.party();
        Membership m = before.membership();
        return switch (event.type()) {
            case ADMITTED -> m == Membership.MEMBER || (m == Membership.GONE && !before.exit().leavesParty())
                    ? "validation.event.alreadyMember" : beforeAdmission(party, event);
            case TRANSFERRED_IN, ATTACHED_IN -> m == Membership.MEMBER || leftParty(before)
                    ? "validation.event.alreadyMember" : beforeAdmission(party, event);
            case RECOGNISED_OFFICIAL -> wasProbationary(party, m, event.date())
                    ? null : "validation.event.neverProbationary";
            case TRANSFERRED_OUT_TEMPORARILY -> m != Membership.MEMBER ? "validation.event.notMember"
                    : before.temporarilyOut() ? "validation.event.alreadyOut" : null;
            case RETURNED -> m == Membership.MEMBER && before.temporarilyOut() ? null : "validation.event.notOut";
            case RESUMED -> m == Membership.MEMBER && (before.exemption() != null || before.suspended())
                    ? null : "validation.event.nothingToResume";
            case EXEMPTED, EXEMPTED_TEMPORARILY, SUSPENDED, TRANSFERRED_OUT, REMOVED, EXPELLED, LEFT_PARTY ->
                    m == Membership.MEMBER ? null : "validation.event.notMember";
            case ATTACHMENT_ENDED -> m == Membership.ATTACHED ? null : "validation.event.notAttached";
            case DECEASED -> m == Membership.MEMBER || m == Membership.ATTACHED ? null : "validation.event.notMember";
            case INTERRUPTED -> null;
        };
    }

    private static boolean leftParty(StatusOnDate before) {
        return before.membership() == Membership.GONE && before.exit().leavesParty();
    }

    private static String beforeAdmission(PartyRecord party, MemberEvent event) {
        LocalDate admission = party.admissionDate();
        return admission != null && event.date().isBefore(admission) ? "validation.event.beforeAdmission" : null;
    }

    private static boolean wasProbationary(PartyRecord party, Membership m, LocalDate date) {
        LocalDate admission = party.admissionDate();
        LocalDate official = party.officialDate();
        return m == Membership.MEMBER && admission != null && admission.isBefore(date)
                && (official == null || !official.isBefore(date));
    }
}
