package vn.sochibo.ui.meeting;

import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.RollCategory;

/**
 * One line of the roll call table as shown: number, name, official or probationary, category and mark in words,
 * reason and note; {@code status} is null while not marked.
 */
public record RollRow(long memberId, int number, String name, String grade, String category, String mark,
                      String reason, String note, RollCategory categoryCode, AttendanceStatus status) {
}
