package vn.sochibo.model.report;

import java.time.LocalDate;
import java.util.Objects;
import vn.sochibo.model.study.StudySummary;

/** A study session of the month: date, document symbol and title, members who completed it out of those expected. */
public record StudyLine(LocalDate date, String symbol, String title, int completed, int expected,
                        int targetPercent) {
    public StudyLine {
        Objects.requireNonNull(date, "date");
    }

    /** The line of a session from its summary. */
    public static StudyLine of(StudySummary s) {
        return new StudyLine(s.session().date(), s.session().documentSymbol(), s.session().documentTitle(),
                s.participation().completed(), s.participation().expected(), s.participation().targetPercent());
    }

    /** Participation in percent, or -1 when nobody was expected. */
    public double percent() {
        return expected == 0 ? -1 : completed * 100.0 / expected;
    }
}
