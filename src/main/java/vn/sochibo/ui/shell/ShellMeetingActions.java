package vn.sochibo.ui.shell;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.AttendanceWorkbooks;
import vn.sochibo.service.meeting.MeetingDocuments;
import vn.sochibo.service.meeting.SignInSheets;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.meeting.LiveMinutesSources;
import vn.sochibo.ui.meeting.MeetingActions;
import vn.sochibo.ui.meeting.MeetingExports;
import vn.sochibo.ui.meeting.MinutesWindows;
import vn.sochibo.ui.meeting.RollCallController;
import vn.sochibo.ui.meeting.RollCallServices;
import vn.sochibo.ui.meeting.RollCallViewModel;
import vn.sochibo.ui.print.PrintPreview;

/**
 * The meetings screen's actions in the main window: roll call and live minutes in their own windows (the list is
 * refreshed when they close), documents written to Word, and print previews of minutes, agenda and invitation.
 */
final class ShellMeetingActions implements MeetingActions {
    private final UiContext ui;
    private final Services services;
    private final Supplier<Window> owner;
    private final Runnable refresh;
    private final MinutesWindows minutes;
    private final MeetingExports exports;
    private final SignInSheets signIn;

    ShellMeetingActions(UiContext ui, Services services, Supplier<Window> owner, Runnable refresh) {
        this.ui = ui;
        this.services = services;
        this.owner = owner;
        this.refresh = refresh;
        this.minutes = new MinutesWindows(ui, services.meeting(), LiveMinutesSources.of(services.meeting()));
        Messages vietnamese = Messages.forLanguage("vi");
        this.exports = new MeetingExports(ui, documents(), new AttendanceWorkbooks(services.database(),
                services.meeting().roll(), vietnamese));
        this.signIn = new SignInSheets(services.database(), services.meeting().roll(), vietnamese);
    }

    private MeetingDocuments documents() {
        return services.meeting().documents();
    }

    @Override
    public void openRollCall(Meeting meeting) {
        RollCallViewModel vm = new RollCallViewModel(RollCallServices.of(services), ui, meeting.id());
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.setTitle(ui.i18n().tr("meeting.window.rollCall"));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new RollCallController(ui, vm).root(), screen.getWidth(), screen.getHeight());
        Styles.apply(scene, ui.settings());
        stage.setScene(scene);
        stage.setMaximized(true);
        stage.setOnHidden(e -> refresh.run());
        vm.load();
        stage.show();
    }

    @Override
    public void openMinutes(Meeting meeting) {
        Stage stage = minutes.openLive(owner.get(), meeting.id());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> refresh.run());
    }

    @Override
    public void exportMinutes(Meeting meeting) {
        exports.minutes(meeting);
    }

    @Override
    public void exportResolution(Meeting meeting) {
        exports.resolution(meeting);
    }

    @Override
    public void print(Meeting meeting) {
        preview(() -> documents().minutes(meeting.id()), "meeting.print.minutes", doc -> () -> exports.minutes(meeting));
    }

    @Override
    public void printAgenda(Meeting meeting) {
        preview(() -> documents().agenda(meeting.id()), "meeting.print.agenda",
                doc -> () -> exports.document(doc, "chuong-trinh-" + meeting.date()));
    }

    @Override
    public void printInvitation(Meeting meeting) {
        preview(() -> documents().invitation(meeting.id()), "meeting.print.invitation",
                doc -> () -> exports.document(doc, "thong-bao-" + meeting.date()));
    }

    @Override
    public void printSignInSheet(Meeting meeting) {
        preview(() -> signIn.build(meeting.id()), "meeting.print.signIn",
                doc -> () -> exports.document(doc, "danh-sach-ky-ten-" + meeting.date()));
    }

    @Override
    public void exportAttendanceYear(int year) {
        exports.attendanceYear(year);
    }

    /** Builds the document, then previews it; "Lưu Word" writes the same document. */
    private void preview(Supplier<PartyDocument> build, String titleKey, Function<PartyDocument, Runnable> saveWord) {
        try {
            PartyDocument doc = build.get();
            PrintPreview.show(ui, owner.get(), doc, ui.i18n().tr(titleKey), saveWord.apply(doc));
        } catch (RuntimeException e) {
            ui.dialogs().showError(ui.describe(e));
        }
    }
}
