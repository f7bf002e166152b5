package vn.sochibo.ui.meeting;

import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.AttendanceWorkbooks;
import vn.sochibo.service.meeting.MeetingDocuments;
import vn.sochibo.service.meeting.RollService;
import vn.sochibo.service.meeting.SignInSheets;

/** What the roll call screen uses: the roll, the attendance workbook, the sign-in sheet and the Word writer. */
public record RollCallServices(RollService roll, AttendanceWorkbooks workbooks, SignInSheets signIn,
                               MeetingDocuments documents) {

    /** The ones of the open database; documents for the ward are written in Vietnamese. */
    public static RollCallServices of(Services services) {
        Messages vietnamese = Messages.forLanguage("vi");
        RollService roll = services.meeting().roll();
        return new RollCallServices(roll, new AttendanceWorkbooks(services.database(), roll, vietnamese),
                new SignInSheets(services.database(), roll, vietnamese), services.meeting().documents());
    }
}
