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
        LocalDate from = admission;
        for (Period gap : gaps(ordered, admission, end)) {
            from = from.plus(gap);
        }
        long gapDays = ChronoUnit.DAYS.between(admission, from);
        if (from.isAfter(end)) {
            return new PartyAge(0, 0, 0, gapDays, from);
        }
        int years = (int) ChronoUnit.YEARS.between(from, end);
        while (from.plusYears(years + 1L).compareTo(end) <= 0) {
            years++;
        }
        LocalDate afterYears = from.plusYears(years);
        int months = 0;
        while (afterYears.plusMonths(months + 1L).compareTo(end) <= 0) {
            months++;
        }
        int days = (int) ChronoUnit.DAYS.between(afterYears.plusMonths(months), end);
        return new PartyAge(years, months, days, gapDays, from);
    }

    /** Each gap as a calendar period, so a gap of exactly five years removes exactly five years. */
    private static List<Period> gaps(List<MemberEvent> ordered, LocalDate admission, LocalDate end) {
        List<Period> gaps = new java.util.ArrayList<>(outsideParty(ordered, end));
        gaps.addAll(interruptions(ordered, admission, end));
        return gaps;
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

    private static List<Period> outsideParty(List<MemberEvent> ordered, LocalDate end) {
        List<Period> periods = new java.util.ArrayList<>();
        LocalDate outSince = null;
        for (MemberEvent e : ordered) {
            if (e.date().isAfter(end)) {
                break;
            }
            if (e.type().leavesParty() && outSince == null) {
                outSince = e.date();
            } else if (e.type() == EventType.ADMITTED && outSince != null) {
                periods.add(Period.between(outSince, e.date()));
                outSince = null;
            }
        }
        return periods;
    }

    private static List<Period> interruptions(List<MemberEvent> ordered, LocalDate admission, LocalDate end) {
        List<Period> periods = new java.util.ArrayList<>();
        for (MemberEvent e : ordered) {
            if (e.type() != EventType.INTERRUPTED || e.endDate() == null) {
                continue;
            }
            LocalDate from = e.date().isBefore(admission) ? admission : e.date();
            LocalDate to = e.endDate().isAfter(end) ? end : e.endDate();
            if (to.isAfter(from)) {
                periods.add(Period.between(from, to));
            }
        }
        return periods;
    }
}
