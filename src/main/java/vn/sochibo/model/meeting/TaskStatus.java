package vn.sochibo.model.meeting;

/** State of a task decided in a meeting. */
public enum TaskStatus {
    OPEN,
    DONE,
    DROPPED
}
