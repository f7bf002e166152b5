package vn.sochibo.model.report;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;
import vn.sochibo.model.text.Texts;

/** The text the secretary wrote for one section of one month's report, and when it was last saved. */
public record ReportNote(YearMonth month, ReportSection section, String text, LocalDateTime updatedAt) {
    public ReportNote {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(section, "section");
        text = Texts.cleanMultiline(text);
    }
}
