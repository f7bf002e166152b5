package vn.sochibo.model.meeting;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A gap in the year's meetings: a past month with no regular meeting held ({@code month} set, quarter 0) or a past
 * quarter with no thematic meeting held ({@code quarter} 1–4, month of its last month).
 */
public record PlanWarning(Kind kind, YearMonth month, int quarter) {
    /** What is missing. */
    public enum Kind { NO_REGULAR, NO_THEMATIC }

    public PlanWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(month, "month");
    }
}
