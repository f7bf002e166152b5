package vn.sochibo.model.member;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Party age per rules.md §5.7: from the admission-decision date, minus periods outside the Party (removal,
 * expulsion or leaving until re-admission) and recorded interruptions; it stops growing at death or exit.
 */
public final class PartyAgeRules {
    private PartyAgeRules() {
    }

    public static PartyAge partyAgeOn(LocalDate admission, List<MemberEvent> events, LocalDate day) {
        if (admission == null || day.isBefore(admission)) {
            return PartyAge.NONE;
        }
        List<MemberEvent> ordered = events.stream().sorted(MemberEvent.CHRONOLOGICAL).toList();
        LocalDate end = endOfCounting(ordered, day);
        long gaps = outsidePartyDays(ordered, end) + interruptionDays(ordered, admission, end);
        LocalDate from = admission.plusDays(gaps);
        Period period = from.isAfter(end) ? Period.ZERO : Period.between(from, end);
        return new PartyAge(period.getYears(), period.getMonths(), period.getDays(), gaps, from);
    }

    /** Counting stops at death, or at an exit from the Party that was not followed by re-admission. */
    private static LocalDate endOfCounting(List<MemberEvent> ordered, LocalDate day) {
        LocalDate stop = null;
        for (MemberEvent e : ordered) {
            if (e.date().isAfter(day)) {
                break;
            }
            if (e.type() == EventType.DECEASED || e.type().leavesParty()) {
                stop = e.date();
            } else if (e.type() == EventType.ADMITTED && stop != null) {
                stop = null;
            }
        }
        return stop == null ? day : stop;
    }

    private static long outsidePartyDays(List<MemberEvent> ordered, LocalDate end) {
        long days = 0;
        LocalDate outSince = null;
        for (MemberEvent e : ordered) {
            if (e.date().isAfter(end)) {
                break;
            }
            if (e.type().leavesParty() && outSince == null) {
                outSince = e.date();
            } else if (e.type() == EventType.ADMITTED && outSince != null) {
                days += ChronoUnit.DAYS.between(outSince, e.date());
                outSince = null;
            }
        }
        return days;
    }

    private static long interruptionDays(List<MemberEvent> ordered, LocalDate admission, LocalDate end) {
        long days = 0;
        for (MemberEvent e : ordered) {
            if (e.type() != EventType.INTERRUPTED || e.endDate() == null) {
                continue;
            }
            LocalDate from = e.date().isBefore(admission) ? admission : e.date();
            LocalDate to = e.endDate().isAfter(end) ? end : e.endDate();
            if (to.isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, to);
            }
        }
        return days;
    }
}
