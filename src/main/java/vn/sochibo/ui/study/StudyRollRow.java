package vn.sochibo.ui.study;

import java.time.LocalDate;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.RollCategory;

/**
 * One line of a study session's roll as shown: number, name, category and mark in words, reason, make-up and
 * reflection dates; {@code status} is null while not marked.
 */
public record StudyRollRow(long memberId, int number, String name, String category, String mark, String reason,
                           String makeup, String reflection, RollCategory categoryCode, AttendanceStatus status,
                           LocalDate makeupDate, LocalDate reflectionDate) {
}
