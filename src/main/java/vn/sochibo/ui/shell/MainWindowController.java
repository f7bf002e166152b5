package vn.sochibo.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.service.Services;
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.service.security.PasswordService;
import vn.sochibo.ui.backup.BackupController;
import vn.sochibo.ui.backup.BackupViewModel;
import vn.sochibo.ui.handover.HandoverDialogs;
import vn.sochibo.ui.journal.JournalController;
import vn.sochibo.ui.journal.JournalViewModel;
import vn.sochibo.ui.branch.BranchProfileDialogController;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Screen;
import vn.sochibo.ui.home.HomeNavigator;
import vn.sochibo.ui.home.HomeScreen;
import vn.sochibo.ui.report.ReportScreen;
import vn.sochibo.ui.study.StudyScreen;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.meeting.MeetingDialogs;
import vn.sochibo.ui.meeting.MeetingListController;
import vn.sochibo.ui.meeting.MeetingListViewModel;
import vn.sochibo.ui.member.MemberEditDialogController;
import vn.sochibo.ui.member.MemberListController;
import vn.sochibo.ui.member.MemberListViewModel;
import vn.sochibo.ui.member.MemberScreens;
import vn.sochibo.ui.settings.SettingsDialogController;

/** The main window: header with the branch's name, navigation on the left, the chosen screen in the centre. */
public final class MainWindowController extends FxmlController implements HomeNavigator {
    private final UiContext ui;
    private final OpenDatabase open;
    private final Services services;
    private final Runnable reloadUi;
    private final Runnable securityChanged;
    private MemberListController memberList;
    private MemberScreens screens;
    private MemberListViewModel memberListVm;
    private boolean membersLoaded;
    private MeetingListViewModel meetingListVm;
    @FXML
    private BorderPane rootPane;
    @FXML
    private Label superiorLabel;
    @FXML
    private Label branchLabel;
    @FXML
    private Label fileLabel;
    @FXML
    private Button membersNavButton;
    @FXML
    private Button meetingsNavButton;
    @FXML
    private Button profileNavButton;
    @FXML
    private Button settingsNavButton;
    @FXML
    private Button backupNavButton;
    @FXML
    private Button journalNavButton;
    @FXML
    private MenuButton handoverNavButton;
    private BackupController backupScreen;
    private JournalController journalScreen;
    private JournalViewModel journalVm;
    private MeetingListController meetingList;
    @FXML
    private Button homeNavButton;
    @FXML
    private Button studyNavButton;
    @FXML
    private Button reportsNavButton;
    private HomeScreen home;
    private StudyScreen study;
    private Screen reports;

    public MainWindowController(UiContext ui, OpenDatabase open, Runnable reloadUi, Runnable securityChanged) {
        this.ui = ui;
        this.securityChanged = securityChanged;
        this.open = open;
        this.services = open.services();
        this.reloadUi = reloadUi;
    }

    @FXML
    private void initialize() {
        showHeader();
        fileLabel.setText(ui.i18n().tr("shell.file", services.file()));
        memberListVm = new MemberListViewModel(services.members(), ui);
        screens = new MemberScreens(ui, services, memberListVm, () -> rootPane.getScene().getWindow());
        onHome();
        rootPane.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        this::searchMembers);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        screens::create);
            }
        });
    }

    /** Runs the action once the home screen has put the reminders due today into its table the first time. */
    public void afterDataShown(Runnable action) {
        home.afterRemindersShown(action);
    }

    private void showHeader() {
        services.branch().profile().ifPresent(p -> {
            superiorLabel.setText(p.superiorName());
            branchLabel.setText(p.branchName());
        });
    }

    private void searchMembers() {
        onMembers();
        memberList().focusSearch();
    }

    /** Shows the member list, reading the members the first time it is shown. */
    @FXML
    private void onMembers() {
        rootPane.setCenter(memberList().root());
        if (!membersLoaded) {
            membersLoaded = true;
            memberListVm.load();
        }
    }

    /** The member list's view, built the first time it is shown. */
    private MemberListController memberList() {
        if (memberList == null) {
            memberList = new MemberListController(ui, memberListVm, screens);
        }
        return memberList;
    }

    @FXML
    private void onMeetings() {
        rootPane.setCenter(meetingList().root());
        meetingList.refresh();
    }

    private MeetingListController meetingList() {
        if (meetingList == null) {
            MeetingDialogs dialogs = new MeetingDialogs(ui, services.meeting(), services.members()::all,
                    () -> services.branch().profile().orElse(null), () -> rootPane.getScene().getWindow());
            meetingListVm = new MeetingListViewModel(services.meeting().meetings(), ui);
            meetingList = new MeetingListController(ui, meetingListVm, dialogs, new ShellMeetingActions(ui,
                    services, () -> rootPane.getScene().getWindow(), () -> meetingList.refresh()));
        }
        return meetingList;
    }

    @FXML
    private void onHome() {
        if (home == null) {
            home = HomeScreen.create(ui, services, this::window, this);
        }
        show(home);
    }

    @Override
    public void openMember(long memberId) {
        MemberEditDialogController.open(ui, window(), services.members(), memberId).ifPresent(saved -> {
            if (membersLoaded) {
                memberListVm.load();
            }
            home.refresh();
        });
    }

    @Override
    public void openMeeting(long meetingId) {
        int year = services.meeting().meetings().get(meetingId).date().getYear();
        rootPane.setCenter(meetingList().root());
        meetingListVm.reveal(meetingId, year);
    }

    @Override
    public void openMeetings() {
        onMeetings();
    }

    @Override
    public void openStudySession(long sessionId) {
        rootPane.setCenter(study().root());
        study.reveal(sessionId);
    }

    @FXML
    private void onStudy() {
        show(study());
    }

    private StudyScreen study() {
        if (study == null) {
            study = StudyScreen.create(ui, services, this::window);
        }
        return study;
    }

    @FXML
    private void onReports() {
        if (reports == null) {
            reports = ReportScreen.create(ui, services, this::window);
        }
        show(reports);
    }

    private void show(Screen screen) {
        rootPane.setCenter(screen.root());
        screen.refresh();
    }

    private Window window() {
        return rootPane.getScene().getWindow();
    }

    @FXML
    private void onBackup() {
        if (backupScreen == null) {
            backupScreen = new BackupController(ui, new BackupViewModel(ui, new BackupService(ui.clock()), open));
        }
        rootPane.setCenter(backupScreen.root());
        backupScreen.refresh();
    }

    @FXML
    private void onJournal() {
        if (journalScreen == null) {
            journalVm = new JournalViewModel(services.journal(), ui);
            journalScreen = new JournalController(ui, journalVm);
        }
        rootPane.setCenter(journalScreen.root());
        journalVm.load();
    }

    @FXML
    private void onHandoverCreate() {
        HandoverDialogs.create(ui, rootPane.getScene().getWindow(), open);
    }

    @FXML
    private void onHandoverOpen() {
        HandoverDialogs.open(ui, rootPane.getScene().getWindow(), open);
    }

    @FXML
    private void onProfile() {
        BranchProfile current = services.branch().profile().orElse(null);
        BranchProfileDialogController.edit(ui, rootPane.getScene().getWindow(), current, services.members().all())
                .ifPresent(p -> {
                    try {
                        services.branch().save(p);
                        showHeader();
                    } catch (RuntimeException e) {
                        ui.dialogs().showError(ui.describe(e));
                    }
                });
    }

    @FXML
    private void onSettings() {
        boolean rebuild = SettingsDialogController.show(ui, rootPane.getScene().getWindow(),
                new PasswordService(services.database()));
        securityChanged.run();
        if (rebuild) {
            reloadUi.run();
        }
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
