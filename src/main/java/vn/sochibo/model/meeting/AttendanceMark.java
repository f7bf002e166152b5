package vn.sochibo.model.meeting;

import java.util.Objects;
import vn.sochibo.model.text.Texts;

/**
 * One member's line of a meeting's roll: status, the reason of an excused absence, and a note (late arrival,
 * early departure).
 */
public record AttendanceMark(long meetingId, long memberId, AttendanceStatus status, String reason, String note) {
    public AttendanceMark {
        Objects.requireNonNull(status, "status");
        reason = Texts.clean(reason);
        note = Texts.clean(note);
    }
}
