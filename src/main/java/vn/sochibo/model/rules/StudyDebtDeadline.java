package vn.sochibo.model.rules;

import java.time.LocalDate;
import java.util.Objects;

/** How many days after a study session make-ups and reflections fall due, in force from a date, with its basis. */
public record StudyDebtDeadline(LocalDate effectiveFrom, int days, String legalBasis) {
    public StudyDebtDeadline {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (days < 0 || days > 366) {
            throw new IllegalArgumentException("days " + days);
        }
        legalBasis = legalBasis == null ? "" : legalBasis;
    }
}
