package vn.sochibo.ui.meeting;

import vn.sochibo.model.meeting.MeetingTask;

/** One task as shown: text, owner, due date, status, and the word "Quá hạn" with a sign when overdue. */
public record TaskRow(MeetingTask task, String text, String owner, String due, String status, String overdue) {
}
