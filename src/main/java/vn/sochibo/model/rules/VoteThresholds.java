package vn.sochibo.model.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dated table of vote thresholds per decision type (rules.md §3.3), keyed by the decision's name (ORDINARY,
 * ADMISSION, RECOGNITION, DISCIPLINE) so that this package depends on no other part of the model. A change in the
 * law is a new row with its own effective date and legal basis; older meetings keep the rule of their date.
 */
public final class VoteThresholds {
    private static final LocalDate CHARTER = LocalDate.of(2011, 1, 19);
    private static final Map<String, List<Threshold>> TABLE = Map.of(
            "ORDINARY", List.of(new Threshold(CHARTER, 1, 2, true,
                    "Điều lệ Đảng; Quy định 294-QĐ/TW (2025), điểm 9.3.2")),
            "DISCIPLINE", List.of(new Threshold(CHARTER, 1, 2, true,
                    "Điều lệ Đảng; Quy định 294-QĐ/TW (2025): khiển trách, cảnh cáo")),
            "ADMISSION", List.of(new Threshold(CHARTER, 2, 3, false,
                    "Hướng dẫn 06-HD/TW (2025), điểm 3.6b")),
            "RECOGNITION", List.of(new Threshold(CHARTER, 2, 3, false,
                    "Hướng dẫn 06-HD/TW (2025), điểm 3.6b")));

    private VoteThresholds() {
    }

    /** The threshold in force on {@code date} for the decision named {@code decision}. */
    public static Threshold on(String decision, LocalDate date) {
        List<Threshold> rows = TABLE.get(decision);
        if (rows == null) {
            throw new IllegalArgumentException("no threshold for " + decision);
        }
        Threshold found = rows.get(0);
        for (Threshold t : rows) {
            if (!t.effectiveFrom().isAfter(date)) {
                found = t;
            }
        }
        return found;
    }
}
