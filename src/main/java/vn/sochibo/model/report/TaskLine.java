package vn.sochibo.model.report;

import java.time.LocalDate;
import java.util.Objects;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.TaskStatus;

/** A task decided in one of the month's meetings, with its due date (or null) and its state at the month's end. */
public record TaskLine(String text, LocalDate dueDate, TaskState state) {
    public TaskLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
    }

    /** The line of a task as it stood on {@code asOf}: done only if done by then; overdue if open past its due date. */
    public static TaskLine of(MeetingTask t, LocalDate asOf) {
        return new TaskLine(t.text(), t.dueDate(), state(t, asOf));
    }

    static TaskState state(MeetingTask t, LocalDate asOf) {
        if (t.status() == TaskStatus.DROPPED) {
            return TaskState.DROPPED;
        }
        if (t.status() == TaskStatus.DONE && (t.doneDate() == null || !t.doneDate().isAfter(asOf))) {
            return TaskState.DONE;
        }
        return t.dueDate() != null && t.dueDate().isBefore(asOf) ? TaskState.OVERDUE : TaskState.OPEN;
    }
}
