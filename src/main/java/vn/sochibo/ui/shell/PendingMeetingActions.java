package vn.sochibo.ui.shell;

import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.meeting.MeetingActions;

/** Stands in for the roll call, minutes, documents and printing until they are wired: says they are coming. */
final class PendingMeetingActions implements MeetingActions {
    private final UiContext ui;

    PendingMeetingActions(UiContext ui) {
        this.ui = ui;
    }

    private void pending() {
        ui.dialogs().showInfo(ui.i18n().tr("meeting.list.pending"));
    }

    @Override
    public void openRollCall(Meeting meeting) {
        pending();
    }

    @Override
    public void openMinutes(Meeting meeting) {
        pending();
    }

    @Override
    public void exportMinutes(Meeting meeting) {
        pending();
    }

    @Override
    public void exportResolution(Meeting meeting) {
        pending();
    }

    @Override
    public void print(Meeting meeting) {
        pending();
    }

    @Override
    public void printAgenda(Meeting meeting) {
        pending();
    }

    @Override
    public void printInvitation(Meeting meeting) {
        pending();
    }

    @Override
    public void exportAttendanceYear(int year) {
        pending();
    }
}
