package vn.sochibo.model.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Minimum length of a branch meeting from a date on (rules.md §3.1): a regular meeting alone, and a regular and a
 * thematic meeting held in one sitting, with the text that sets them.
 */
public record MeetingDurationRule(LocalDate effectiveFrom, int regularMinutes, int combinedMinutes,
                                  String legalBasis) {
    /** The dated table, oldest first; a new guidance adds a row instead of changing code. */
    public static final List<MeetingDurationRule> TABLE = List.of(
            new MeetingDurationRule(LocalDate.of(2025, 1, 1), 90, 120, "Hướng dẫn 42-HD/BTCTW (2025)"));

    public MeetingDurationRule {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (regularMinutes <= 0 || combinedMinutes < regularMinutes) {
            throw new IllegalArgumentException("minutes " + regularMinutes + "/" + combinedMinutes);
        }
    }

    /** The rule in force on the day; days before the first row use the first row. */
    public static MeetingDurationRule on(LocalDate day) {
        return TABLE.stream().filter(r -> !r.effectiveFrom.isAfter(day))
                .max(Comparator.comparing(MeetingDurationRule::effectiveFrom)).orElse(TABLE.get(0));
    }
}
