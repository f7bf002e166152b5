package vn.sochibo.model.meeting;

import java.time.LocalDate;
import java.util.Objects;
import vn.sochibo.model.text.Texts;

/**
 * A task (nhiệm vụ) decided in a meeting: what, who (a member, or the branch committee when
 * {@code ownerCommittee}), by when, and its state. Open tasks come back under the review item of the next meeting.
 */
public record MeetingTask(long id, long meetingId, String text, Long ownerMemberId, boolean ownerCommittee,
                          LocalDate dueDate, TaskStatus status, LocalDate doneDate, String note) {
    public MeetingTask {
        text = Texts.cleanMultiline(text);
        status = status == null ? TaskStatus.OPEN : status;
        note = Texts.clean(note);
        Objects.requireNonNull(text, "text");
    }

    /** True when still open after its due date. */
    public boolean isOverdue(LocalDate today) {
        return status == TaskStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }
}
