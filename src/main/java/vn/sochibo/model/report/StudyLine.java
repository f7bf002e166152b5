package vn.sochibo.model.report;

import java.time.LocalDate;
import java.util.Objects;
import vn.sochibo.model.study.Participation;
import vn.sochibo.model.study.StudySummary;

/** A study session of the month: date, document symbol and title, and its participation against the target. */
public record StudyLine(LocalDate date, String symbol, String title, Participation participation) {
    public StudyLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(participation, "participation");
    }

    /** The line of a session from its summary. */
    public static StudyLine of(StudySummary s) {
        return new StudyLine(s.session().date(), s.session().documentSymbol(), s.session().documentTitle(),
                s.participation());
    }
}
