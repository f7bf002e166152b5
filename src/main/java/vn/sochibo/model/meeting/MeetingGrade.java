package vn.sochibo.model.meeting;

/** The grade of a meeting's quality (rules.md §3.5): Tốt, Khá, Trung bình, Kém. */
public enum MeetingGrade {
    GOOD,
    FAIR,
    AVERAGE,
    POOR
}
