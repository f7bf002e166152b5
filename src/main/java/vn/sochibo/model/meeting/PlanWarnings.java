package vn.sochibo.model.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings for the year at a glance (rules.md §3.1): a month that has ended with no regular meeting held, a
 * quarter that has ended with no thematic meeting held. A meeting counts as held once its roll or minutes were
 * begun (state other than planned); a planned meeting left in a past month is a gap.
 */
public final class PlanWarnings {
    private PlanWarnings() {
    }

    /** The gaps of the year as of {@code today}, months first then quarters, in order. */
    public static List<PlanWarning> of(int year, List<Meeting> meetings, LocalDate today) {
        List<PlanWarning> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (month.atEndOfMonth().isBefore(today) && !held(meetings, MeetingType.REGULAR, month, month)) {
                out.add(new PlanWarning(PlanWarning.Kind.NO_REGULAR, month, 0));
            }
        }
        for (int q = 1; q <= 4; q++) {
            YearMonth first = YearMonth.of(year, q * 3 - 2);
            YearMonth last = YearMonth.of(year, q * 3);
            if (last.atEndOfMonth().isBefore(today) && !held(meetings, MeetingType.THEMATIC, first, last)) {
                out.add(new PlanWarning(PlanWarning.Kind.NO_THEMATIC, last, q));
            }
        }
        return out;
    }

    private static boolean held(List<Meeting> meetings, MeetingType type, YearMonth from, YearMonth to) {
        return meetings.stream().anyMatch(m -> m.type() == type && m.state() != MeetingState.PLANNED
                && !YearMonth.from(m.date()).isBefore(from) && !YearMonth.from(m.date()).isAfter(to));
    }
}
