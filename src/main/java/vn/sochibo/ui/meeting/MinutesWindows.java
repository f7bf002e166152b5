package vn.sochibo.ui.meeting;

import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.meeting.MeetingServices;
import vn.sochibo.ui.common.FormDialog;
import vn.sochibo.ui.common.FxScheduler;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/**
 * Opens the live minutes of a meeting in its own window and, from there, the votes, grading, read-back and history
 * windows. The meetings screen calls {@link #openLive(Window, long)}.
 */
public final class MinutesWindows {
    private static final String SHEET = "vn/sochibo/ui/meeting/live-minutes.css";
    private final UiContext ui;
    private final MeetingServices services;
    private final LiveMinutesSources sources;

    public MinutesWindows(UiContext ui, MeetingServices services, LiveMinutesSources sources) {
        this.ui = ui;
        this.services = services;
        this.sources = sources;
    }

    /** The live minutes of the meeting in a maximised window; closing it saves what is pending. */
    public Stage openLive(Window owner, long meetingId) {
        LiveMinutesViewModel vm = new LiveMinutesViewModel(services, sources, ui, new FxScheduler(), meetingId);
        LiveMinutesController controller = new LiveMinutesController(ui, vm, this);
        Stage stage = stage(owner, controller.root(), ui.i18n().tr("minutes.live.title"));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
        stage.setOnHidden(e -> controller.stop());
        controller.start();
        stage.show();
        return stage;
    }

    /** The votes of the meeting: form, rule, still-possible hint, results. */
    void votes(Window owner, Meeting meeting) {
        VotePanelViewModel vm = new VotePanelViewModel(services.votes(), sources.roll(), ui, meeting.id(),
                meeting.date());
        VotePanelController controller = new VotePanelController(ui, vm);
        vm.load();
        Stage stage = stage(owner, controller.root(), ui.i18n().tr("minutes.vote.title"));
        stage.initModality(Modality.WINDOW_MODAL);
        controller.onClose(stage::close);
        stage.showAndWait();
    }

    /** The grading dialog; saved points are kept on the meeting. */
    void grading(Window owner, Meeting meeting) {
        GradingViewModel vm = new GradingViewModel(services.minutes(), ui, services.meetings().get(meeting.id()));
        GradingDialogController controller = new GradingDialogController(ui, vm);
        FormDialog.show(ui, owner, ui.i18n().tr("minutes.grade.title"), controller.root(), () -> vm.save() != null);
    }

    /** The whole minutes full-screen in very large text for reading aloud. */
    void readBack(Window owner, String text) {
        if (text == null) {
            return;
        }
        ReadBackController controller = new ReadBackController(ui, new ReadBackViewModel(text));
        Stage stage = stage(owner, controller.root(), ui.i18n().tr("minutes.readBack.title"));
        controller.onClose(stage::close);
        stage.setFullScreenExitHint(ui.i18n().tr("minutes.readBack.exitHint"));
        stage.setFullScreen(true);
        stage.show();
    }

    /** The adopted versions with date and reason, and the text of each. */
    void history(Window owner, long meetingId) {
        MinutesHistoryViewModel vm = new MinutesHistoryViewModel(services.minutes(), ui, meetingId);
        MinutesHistoryController controller = new MinutesHistoryController(ui, vm);
        vm.load();
        Stage stage = stage(owner, controller.root(), ui.i18n().tr("minutes.history.title"));
        controller.onClose(stage::close);
        stage.show();
    }

    /** Asks one line of text (the reason of a correction). */
    Optional<String> askText(String message) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(ui.i18n().tr("minutes.live.correctTitle"));
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        dialog.getDialogPane().getStylesheets().add(Styles.SHEET);
        if (ui.settings() != null) {
            Styles.apply(dialog.getDialogPane(), ui.settings());
        }
        return dialog.showAndWait().map(String::strip);
    }

    private Stage stage(Window owner, Parent root, String title) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        Scene scene = new Scene(root);
        if (ui.settings() != null) {
            Styles.apply(scene, ui.settings());
        } else {
            scene.getStylesheets().add(Styles.SHEET);
        }
        scene.getStylesheets().add(SHEET);
        stage.setScene(scene);
        return stage;
    }
}
