package vn.sochibo.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.service.Services;
import vn.sochibo.store.MeetingFixtures;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.meeting.GradingDialogController;
import vn.sochibo.ui.meeting.GradingViewModel;
import vn.sochibo.ui.meeting.LiveMinutesController;
import vn.sochibo.ui.meeting.LiveMinutesSources;
import vn.sochibo.ui.meeting.LiveMinutesViewModel;
import vn.sochibo.ui.meeting.MinutesHistoryController;
import vn.sochibo.ui.meeting.MinutesHistoryViewModel;
import vn.sochibo.ui.meeting.MinutesWindows;
import vn.sochibo.ui.meeting.ReadBackController;
import vn.sochibo.ui.meeting.ReadBackViewModel;
import vn.sochibo.ui.meeting.VotePanelController;
import vn.sochibo.ui.meeting.VotePanelViewModel;

/** The live-minutes views (votes, grading, read-back, history) for FxmlViewsTest. */
final class FxmlViewsMinutes {
    private FxmlViewsMinutes() {
    }

    static void add(Map<String, Callable<FxmlController>> views, TestUi t, Services services, Path dir) {
        Meeting m = MeetingFixtures.meeting(services.database(), LocalDate.of(2026, 11, 21));
        RollSummary none = new RollSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), 0, 0);
        LiveMinutesSources sources = new LiveMinutesSources(id -> MeetingFixtures.agenda(services.database(), id),
                id -> new Roll(List.of(), none, List.of()), id -> "");
        views.put("LiveMinutesView.fxml", () -> new LiveMinutesController(t.ui, new LiveMinutesViewModel(
                services.meeting(), sources, t.ui, (d, a) -> () -> { }, m.id()),
                new MinutesWindows(t.ui, services.meeting(), sources)));
        views.put("VotePanelView.fxml", () -> new VotePanelController(t.ui, new VotePanelViewModel(
                services.meeting().votes(), sources.roll(), t.ui, m.id(), m.date())));
        views.put("GradingDialogView.fxml", () -> new GradingDialogController(t.ui,
                new GradingViewModel(services.meeting().minutes(), t.ui, m)));
        views.put("ReadBackView.fxml", () -> new ReadBackController(t.ui, new ReadBackViewModel("BIÊN BẢN")));
        views.put("MinutesHistoryView.fxml", () -> new MinutesHistoryController(t.ui,
                new MinutesHistoryViewModel(services.meeting().minutes(), t.ui, m.id())));
    }
}
