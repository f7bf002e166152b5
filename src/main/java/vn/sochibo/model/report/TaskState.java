package vn.sochibo.model.report;

/** The state of a task as the report shows it at the end of the month. */
public enum TaskState {
    DONE,
    OPEN,
    OVERDUE,
    DROPPED
}
