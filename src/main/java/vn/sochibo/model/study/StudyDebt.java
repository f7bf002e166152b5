package vn.sochibo.model.study;

/** A member who still owes attendance (neither present nor made up) or a written reflection, or both. */
public record StudyDebt(long memberId, String fullName, boolean owesAttendance, boolean owesReflection) {
}
