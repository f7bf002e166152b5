package vn.sochibo.model.report.summary;

import vn.sochibo.model.meeting.MeetingType;

/** Meetings of one type in the period: on the calendar, held (roll call or minutes begun), minutes adopted. */
public record MeetingTally(MeetingType type, int planned, int held, int adopted) {
}
