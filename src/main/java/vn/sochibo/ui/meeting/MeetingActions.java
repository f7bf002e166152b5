package vn.sochibo.ui.meeting;

import vn.sochibo.model.meeting.Meeting;

/**
 * What the meetings screen offers for a chosen meeting beyond planning: roll call, minutes, documents and
 * printing. The shell wires the implementation; the meetings screen only calls it.
 */
public interface MeetingActions {
    /** Opens the roll call (điểm danh) of the meeting. */
    void openRollCall(Meeting meeting);

    /** Opens the live minutes of the meeting. */
    void openMinutes(Meeting meeting);

    /** Writes the meeting's minutes to a Word file. */
    void exportMinutes(Meeting meeting);

    /** Writes the meeting's resolution to a Word file. */
    void exportResolution(Meeting meeting);

    /** Prints the minutes. */
    void print(Meeting meeting);

    /** Prints the agenda. */
    void printAgenda(Meeting meeting);

    /** Prints the invitation (thông báo) for members without phones. */
    void printInvitation(Meeting meeting);

    /** Prints the sign-in sheet (danh sách đảng viên dự họp) for a roll call on paper. */
    void printSignInSheet(Meeting meeting);

    /** Writes the year's attendance matrix to an Excel file. */
    void exportAttendanceYear(int year);
}
