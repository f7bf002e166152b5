package vn.sochibo.model.meeting;

/** Where a meeting stands: planned, being held (roll or minutes begun), or with its minutes adopted (read-only). */
public enum MeetingState {
    PLANNED,
    IN_PROGRESS,
    ADOPTED
}
