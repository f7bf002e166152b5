package vn.sochibo.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.service.member.roster.RosterService;
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.service.security.PasswordService;
import vn.sochibo.ui.backup.BackupController;
import vn.sochibo.ui.backup.BackupViewModel;
import vn.sochibo.ui.backup.FakeDatabaseHandle;
import vn.sochibo.ui.branch.BranchProfileDialogController;
import vn.sochibo.ui.branch.BranchProfileDialogViewModel;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.journal.JournalController;
import vn.sochibo.ui.journal.JournalViewModel;
import vn.sochibo.ui.member.RosterImportDialogController;
import vn.sochibo.ui.member.RosterImportDialogViewModel;
import vn.sochibo.ui.security.LockScreenController;
import vn.sochibo.ui.security.LockScreenViewModel;
import vn.sochibo.ui.settings.SettingsDialogController;
import vn.sochibo.ui.settings.SettingsDialogViewModel;

/** Views added by other areas register here so FxmlViewsTest covers them too. */
final class FxmlViewsExtra {
    private FxmlViewsExtra() {
    }

    static void add(Map<String, Callable<FxmlController>> views, TestUi t, Services services, MemberHistory member,
                    Path dir) {
        views.put("RosterImportDialogView.fxml", () -> new RosterImportDialogController(t.ui,
                new RosterImportDialogViewModel(t.ui, new RosterService(services.members(), services.branch()))));
        views.put("BranchProfileDialogView.fxml", () -> new BranchProfileDialogController(t.ui,
                new BranchProfileDialogViewModel(t.ui, null, List.of(member))));
        views.put("BackupView.fxml", () -> new BackupController(t.ui, new BackupViewModel(t.ui,
                new BackupService(TestUi.fixedClock()), new FakeDatabaseHandle(services.file()))));
        views.put("SettingsDialogView.fxml", () -> new SettingsDialogController(t.ui,
                new SettingsDialogViewModel(t.ui.settings(), t.ui.i18n(), new PasswordService(services.database()))));
        views.put("JournalView.fxml", () -> new JournalController(t.ui,
                new JournalViewModel(services.journal(), t.ui)));
        views.put("RollCallView.fxml", () -> new vn.sochibo.ui.meeting.RollCallController(t.ui,
                new vn.sochibo.ui.meeting.RollCallViewModel(vn.sochibo.ui.meeting.RollCallServices.of(services), t.ui, 1)));
        addMeetings(views, t, services, member);
        views.put("LockScreenView.fxml", () -> new LockScreenController(t.ui,
                new LockScreenViewModel(t.ui, new PasswordService(services.database()), "CHI BỘ KHU PHỐ 3")));
        FxmlViewsMinutes.add(views, t, services, dir);
        views.put("ReportView.fxml", () -> new vn.sochibo.ui.report.ReportController(t.ui,
                new vn.sochibo.ui.report.ReportViewModel(services, t.ui, new vn.sochibo.ui.common.ManualScheduler(),
                        (doc, save) -> { })));
        FxmlViewsStudy.add(views, t, services);
    }

    private static void addMeetings(Map<String, Callable<FxmlController>> views, TestUi t, Services services,
                                    MemberHistory member) {
        vn.sochibo.model.meeting.Meeting m = services.meeting().meetings().create(vn.sochibo.model.meeting.Meeting
                .planned(vn.sochibo.model.meeting.MeetingType.REGULAR, TestUi.TODAY, null, ""));
        List<vn.sochibo.ui.meeting.PersonChoice> people = vn.sochibo.ui.meeting.People.on(List.of(member),
                TestUi.TODAY, "-");
        views.put("MeetingListView.fxml", () -> new vn.sochibo.ui.meeting.MeetingListController(t.ui,
                new vn.sochibo.ui.meeting.MeetingListViewModel(services.meeting().meetings(), t.ui),
                new vn.sochibo.ui.meeting.MeetingDialogs(t.ui, services.meeting(), List::of, () -> null, () -> null),
                null));
        views.put("MeetingEditDialogView.fxml", () -> new vn.sochibo.ui.meeting.MeetingEditDialogController(t.ui,
                new vn.sochibo.ui.meeting.MeetingEditDialogViewModel(services.meeting().meetings(), t.ui, m, people)));
        views.put("AgendaView.fxml", () -> new vn.sochibo.ui.meeting.AgendaController(t.ui,
                new vn.sochibo.ui.meeting.AgendaViewModel(services.meeting().agenda(), t.ui, m, people)));
        views.put("AgendaTemplateView.fxml", () -> new vn.sochibo.ui.meeting.AgendaTemplateController(t.ui,
                new vn.sochibo.ui.meeting.AgendaTemplateViewModel(services.meeting().agenda(), t.ui)));
    }
}
