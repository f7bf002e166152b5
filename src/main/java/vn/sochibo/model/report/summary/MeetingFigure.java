package vn.sochibo.model.report.summary;

import java.time.LocalDate;
import java.util.List;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MeetingType;

/** One meeting of the period with its attendance and the names of those absent without reason. */
public record MeetingFigure(LocalDate date, MeetingType type, MeetingState state, Tally tally,
                            List<String> unexcusedNames) {
    public MeetingFigure {
        unexcusedNames = List.copyOf(unexcusedNames);
    }
}
