package vn.sochibo.model.rules;

import java.time.LocalDate;
import java.util.Objects;

/** A target participation rate for study sessions in percent, in force from a date, with the text behind it. */
public record StudyTarget(LocalDate effectiveFrom, int percent, String legalBasis) {
    public StudyTarget {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent " + percent);
        }
        legalBasis = legalBasis == null ? "" : legalBasis;
    }
}
