package vn.sochibo.model.report.summary;

import java.time.YearMonth;
import java.util.List;
import vn.sochibo.model.member.StatusCounts;

/**
 * Every figure of a quarterly or yearly summary: member counts at the start (end of the day before the period) and
 * at the end, meetings by type, the branch meetings held with their attendance, members by unexcused absences,
 * study participation and member movements.
 */
public record SummaryFigures(SummaryPeriod period, StatusCounts start, StatusCounts end, List<MeetingTally> meetings,
                             List<MeetingFigure> held, UnexcusedTally unexcused, StudyTally study,
                             List<Movement> movements) {
    public SummaryFigures {
        meetings = List.copyOf(meetings);
        held = List.copyOf(held);
        movements = List.copyOf(movements);
    }

    /** Attendance over every branch meeting held in the period. */
    public Tally attendance() {
        return held.stream().map(MeetingFigure::tally).reduce(Tally.ZERO, Tally::plus);
    }

    /** The branch meetings held in the month, by date. */
    public List<MeetingFigure> heldIn(YearMonth month) {
        return held.stream().filter(f -> YearMonth.from(f.date()).equals(month)).toList();
    }

    /** Attendance over the branch meetings held in the month. */
    public Tally attendance(YearMonth month) {
        return heldIn(month).stream().map(MeetingFigure::tally).reduce(Tally.ZERO, Tally::plus);
    }

    /** How many movements of the kind the period saw. */
    public int count(MovementKind kind) {
        return (int) movements.stream().filter(m -> m.kind() == kind).count();
    }
}
