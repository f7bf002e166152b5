package vn.sochibo.ui.home;

/** Where the home screen sends the secretary when a reminder is chosen; the main window implements it. */
public interface HomeNavigator {
    /** Opens the member's record. */
    void openMember(long memberId);

    /** Shows the meetings screen with the meeting selected. */
    void openMeeting(long meetingId);

    /** Shows the meetings screen (a month or quarter without its meeting). */
    void openMeetings();

    /** Shows the study sessions screen with the session chosen (its year shown). */
    void openStudySession(long sessionId);
}
