package vn.sochibo.model.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the meeting grading table: from {@code minPoints} a meeting earns the grade named {@code grade}
 * (GOOD, FAIR, AVERAGE, POOR), if {@code needsKeyCriteria} only when the four key criteria are at full marks.
 */
public record GradeBand(LocalDate effectiveFrom, int minPoints, boolean needsKeyCriteria, String grade,
                        String basis) {
    public GradeBand {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(grade, "grade");
    }

    /** True when a meeting with these points and key criteria earns this band. */
    public boolean fits(int points, boolean keyMet) {
        return points >= minPoints && (keyMet || !needsKeyCriteria);
    }
}
