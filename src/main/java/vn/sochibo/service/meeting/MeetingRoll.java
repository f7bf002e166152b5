package vn.sochibo.service.meeting;

import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.Roll;

/** A meeting with its roll, for lists over a period (year matrix, the {@code meetings} command). */
public record MeetingRoll(Meeting meeting, Roll roll) {
}
