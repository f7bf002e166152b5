package vn.sochibo.service.meeting;

import vn.sochibo.model.meeting.MeetingGrade;

/**
 * The grade printed in the minutes from the points and the key criteria (rules.md §3.5: Tốt ≥ 90 with the key
 * criteria met, Khá 70–<90 or ≥ 90 without them, Trung bình 50–<70, Kém < 50). To be replaced by the dated rule
 * table of the minutes part when the branches merge.
 */
final class MeetingGrading {
    private MeetingGrading() {
    }

    /** The grade, or null when the meeting was not graded. */
    static MeetingGrade grade(Integer points, boolean keyMet) {
        if (points == null) {
            return null;
        }
        if (points >= 90) {
            return keyMet ? MeetingGrade.GOOD : MeetingGrade.FAIR;
        }
        return points >= 70 ? MeetingGrade.FAIR : points >= 50 ? MeetingGrade.AVERAGE : MeetingGrade.POOR;
    }
}
