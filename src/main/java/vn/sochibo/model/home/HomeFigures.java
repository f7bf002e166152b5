package vn.sochibo.model.home;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.model.study.StudySummary;

/** Pure figures for the home charts: attendance per month and participation per study session, last 12 months. */
public final class HomeFigures {
    /** How many months the charts look back, the current month included. */
    public static final int MONTHS = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private HomeFigures() {
    }

    /** The first day the charts cover on {@code day}: the first of the month eleven months back. */
    public static LocalDate from(LocalDate day) {
        return YearMonth.from(day).minusMonths(MONTHS - 1L).atDay(1);
    }

    /**
     * Attendance of regular meetings held up to the day, one bar per month of the last 12 (oldest first, "03/2026"):
     * expected members marked present over expected members; meetings with no mark yet are left out.
     */
    public static List<Rate> attendance(Map<Meeting, Roll> rolls, LocalDate day) {
        YearMonth first = YearMonth.from(from(day));
        int[] done = new int[MONTHS];
        int[] expected = new int[MONTHS];
        rolls.forEach((m, roll) -> {
            int i = (int) first.until(YearMonth.from(m.date()), java.time.temporal.ChronoUnit.MONTHS);
            if (m.type() == MeetingType.REGULAR && i >= 0 && i < MONTHS && !m.date().isAfter(day) && marked(roll)) {
                for (RollEntry e : roll.entries()) {
                    if (e.category() == RollCategory.EXPECTED) {
                        expected[i]++;
                        done[i] += e.isPresent() ? 1 : 0;
                    }
                }
            }
        });
        List<Rate> out = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            out.add(new Rate(MONTH.format(first.plusMonths(i)), done[i], expected[i]));
        }
        return out;
    }

    private static boolean marked(Roll roll) {
        return roll.entries().stream().anyMatch(e -> e.mark() != null);
    }

    /** Participation of each study session of the last 12 months held up to the day, by date, labelled by document. */
    public static List<Rate> study(List<StudySummary> sessions, LocalDate day) {
        LocalDate start = from(day);
        return sessions.stream().filter(s -> !s.session().date().isBefore(start) && !s.session().date().isAfter(day))
                .sorted(java.util.Comparator.comparing(s -> s.session().date()))
                .map(s -> new Rate(s.session().documentSymbol(), s.participation().completed(),
                        s.participation().expected())).toList();
    }
}
