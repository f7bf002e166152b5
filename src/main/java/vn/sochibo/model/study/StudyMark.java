package vn.sochibo.model.study;

import java.time.LocalDate;
import java.util.Objects;
import vn.sochibo.model.meeting.AttendanceStatus;

/**
 * One member's line on a study session's roll: the mark, the reason of an excused absence, the date of a make-up
 * session (học bù) if they attended one, and the date their written reflection was handed in, if it was.
 */
public record StudyMark(long sessionId, long memberId, AttendanceStatus status, String reason, LocalDate makeupDate,
                        LocalDate reflectionOn) {
    public StudyMark {
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason.strip();
    }

    /** True when the member studied the document: present at the session or at a make-up session. */
    public boolean completed() {
        return status == AttendanceStatus.PRESENT || makeupDate != null;
    }

    /** The same line with another make-up date (null clears it). */
    public StudyMark withMakeup(LocalDate date) {
        return new StudyMark(sessionId, memberId, status, reason, date, reflectionOn);
    }

    /** The same line with another reflection date (null clears it). */
    public StudyMark withReflection(LocalDate date) {
        return new StudyMark(sessionId, memberId, status, reason, makeupDate, date);
    }
}
