package vn.sochibo.model.report.summary;

import java.time.LocalDate;

/** One member movement in the period: when, who, what, and the place or reason recorded with it. */
public record Movement(LocalDate date, String fullName, MovementKind kind, String detail) {
}
