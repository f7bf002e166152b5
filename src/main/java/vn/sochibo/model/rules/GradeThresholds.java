package vn.sochibo.model.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The dated table of meeting grades on the 100-point framework (rules.md §3.5): practice [P] from a provincial
 * handbook after the 2018 guidance, kept as data [U] because HD 42 (2025) may set a new framework. Bands are tried
 * from the highest; the last one takes every score.
 */
public final class GradeThresholds {
    public static final int MAX_POINTS = 100;
    private static final LocalDate GUIDANCE_2018 = LocalDate.of(2018, 1, 1);
    private static final String BASIS = "Hướng dẫn 2018 về nâng cao chất lượng sinh hoạt chi bộ [P]; "
            + "ngưỡng giữ dạng dữ liệu [U]";
    private static final List<GradeBand> BANDS_2018 = List.of(
            new GradeBand(GUIDANCE_2018, 90, true, "GOOD", BASIS),
            new GradeBand(GUIDANCE_2018, 70, false, "FAIR", BASIS),
            new GradeBand(GUIDANCE_2018, 50, false, "AVERAGE", BASIS),
            new GradeBand(GUIDANCE_2018, 0, false, "POOR", BASIS));

    private GradeThresholds() {
    }

    /** The bands in force on {@code date}, highest first. */
    public static List<GradeBand> on(LocalDate date) {
        return BANDS_2018;
    }

    /** The grade name earned on {@code date} by {@code points} (0..100) with or without the key criteria met. */
    public static String grade(LocalDate date, int points, boolean keyMet) {
        for (GradeBand band : on(date)) {
            if (band.fits(points, keyMet)) {
                return band.grade();
            }
        }
        return "POOR";
    }
}
