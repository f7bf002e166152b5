package vn.sochibo.model.meeting;

/** How a member was recorded at the roll call (rules.md §6): có mặt, vắng có lý do, vắng không lý do. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT_EXCUSED,
    ABSENT_UNEXCUSED
}
