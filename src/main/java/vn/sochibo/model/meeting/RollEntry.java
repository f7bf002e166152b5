package vn.sochibo.model.meeting;

import java.util.Objects;
import vn.sochibo.model.member.StatusOnDate;

/** One person on a meeting's roll: who, their standing on the meeting date, their category, and their mark if any. */
public record RollEntry(long memberId, String fullName, StatusOnDate status, RollCategory category,
                        AttendanceMark mark) {
    public RollEntry {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(category, "category");
    }

    public boolean isPresent() {
        return mark != null && mark.status() == AttendanceStatus.PRESENT;
    }

    /** True when an official member (on the meeting date): only they vote. */
    public boolean isOfficial() {
        return status.isOfficial();
    }
}
