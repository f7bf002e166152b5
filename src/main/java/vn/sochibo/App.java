package vn.sochibo;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.backup.BackupFile;
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.service.backup.BackupState;
import vn.sochibo.ui.backup.BackupFolders;
import vn.sochibo.ui.shell.AutoBackup;
import vn.sochibo.ui.shell.FirstFrame;
import vn.sochibo.ui.shell.StartProblemDialog;
import vn.sochibo.ui.shell.StartRecovery;
import vn.sochibo.store.DatabaseLocation;
import vn.sochibo.ui.common.AppSettings;
import vn.sochibo.ui.common.FxDialogService;
import vn.sochibo.ui.common.FxTaskRunner;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.shell.MainWindowController;
import vn.sochibo.ui.shell.OpenDatabase;
import vn.sochibo.ui.shell.SessionLock;
import vn.sochibo.ui.welcome.WelcomeController;
import vn.sochibo.ui.welcome.WelcomeViewModel;

/** The JavaFX application and the single composition root: opens the database and builds every screen. */
public final class App extends Application {
    private static final Logger LOG = Logger.getLogger(App.class.getName());
    private static volatile long probeFrameMillis = -1;
    private static volatile StartPreload preload;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final AppSettings settings;
    private final Clock clock;
    private final Path dbOverride;
    private Services services;
    private OpenDatabase open;
    private AutoBackup autoBackup;
    private SessionLock lock;
    private Timeline backupClock;
    private Stage stage;
    private UiContext ui;
    private Path dbFile;
    private boolean startupProbe;

    /** The application with this user's settings and the system clock. */
    public App() {
        this(AppSettings.forUser(), Clock.systemDefaultZone(), null);
    }

    /** The application with given settings, clock and database file (tests; null file: the usual rules). */
    public App(AppSettings settings, Clock clock, Path dbFile) {
        this.settings = settings;
        this.clock = clock;
        this.dbOverride = dbFile;
    }

    public static void main(String[] args) {
        launch(args);
    }

    /** Starts checking and opening the file the window will open while the toolkit starts (see StartPreload). */
    static void preload(String[] args) {
        String db = option(List.of(args), "--db");
        try {
            preload = StartPreload.start(DatabaseLocation.resolve(db == null ? null : Path.of(db)),
                    Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            preload = null;
        }
    }

    /** The preload's result for the file to open, once (null: none, or about another file). */
    private StartPreload.Result takePreload() {
        StartPreload started = preload;
        preload = null;
        return started == null ? null : started.take(dbFile);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        List<String> args = getParameters().getRaw();
        startupProbe = args.contains("--startup-probe");
        String lang = option(args, "--lang");
        I18n i18n = new I18n(Messages.forLanguage(lang != null ? lang : settings.language()));
        FxDialogService dialogs = new FxDialogService(i18n, settings);
        ui = new UiContext(i18n, settings, dialogs, tasks, clock);
        String db = option(args, "--db");
        dbFile = dbOverride != null ? dbOverride : DatabaseLocation.resolve(db == null ? null : Path.of(db));
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> onUncaught(e));
        stage.setTitle(i18n.tr("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        openFirstScreen(dialogs);
    }

    private void openFirstScreen(FxDialogService dialogs) {
        BackupService backups = new BackupService(clock);
        StartRecovery recovery = new StartRecovery(backups);
        StartPreload.Result start = takePreload();
        if (start == null) {
            start = StartPreload.checkAndOpen(dbFile, clock);
        }
        if (!start.state().isOk()) {
            recover(dialogs, recovery, backups, start.state());
            return;
        }
        try {
            Services opened = start.servicesOrThrow();
            if (opened != null) {
                services = opened;
                if (services.branch().exists()) {
                    showMain();
                    return;
                }
            }
            showWelcome();
        } catch (AppException e) {
            LOG.log(Level.WARNING, "cannot open " + dbFile, e);
            show(new Scene(new javafx.scene.layout.StackPane(), 600, 200));
            dialogs.setOwner(stage);
            ui.dialogs().showError(ui.describe(e) + "\n" + dbFile);
            Platform.exit();
        }
    }

    /** The file is damaged or not ours: it is left untouched; offer the newest backup or another file. */
    private void recover(FxDialogService dialogs, StartRecovery recovery, BackupService backups, BackupState state) {
        Path folder = BackupFolders.of(settings, backups, dbFile);
        Optional<BackupFile> newest = recovery.newestUsable(folder);
        String problem = ui.i18n().tr("backup.problem." + state.name(), dbFile.toString());
        switch (StartProblemDialog.ask(ui, problem, newest)) {
            case RESTORE -> restoreAtStart(dialogs, recovery, newest.orElseThrow(), folder);
            case OTHER_FILE -> chooseOtherFile(dialogs);
            default -> Platform.exit();
        }
    }

    private void restoreAtStart(FxDialogService dialogs, StartRecovery recovery, BackupFile backup, Path folder) {
        char[] password = null;
        if (backup.encrypted()) {
            Optional<char[]> typed = ui.dialogs().askPassword(StartProblemDialog.passwordPrompt(ui, backup));
            if (typed.isEmpty()) {
                Platform.exit();
                return;
            }
            password = typed.get();
        }
        try {
            recovery.restore(dbFile, backup, folder, password);
            ui.dialogs().showInfo(ui.i18n().tr("start.problem.restored"));
        } catch (AppException e) {
            LOG.log(Level.WARNING, "restore at start failed", e);
            ui.dialogs().showError(ui.describe(e));
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
        openFirstScreen(dialogs);
    }

    private void chooseOtherFile(FxDialogService dialogs) {
        Optional<Path> chosen = ui.dialogs().chooseOpenFile(ui.i18n().tr("start.problem.otherFile"), "db");
        if (chosen.isEmpty()) {
            Platform.exit();
            return;
        }
        dbFile = chosen.get();
        openFirstScreen(dialogs);
    }

    private void showWelcome() {
        WelcomeViewModel vm = new WelcomeViewModel(ui, dbFile, () -> services, opened -> {
            services = opened;
            showMain();
        });
        show(new Scene(new WelcomeController(ui, vm).root(), 1000, 700));
    }

    private void showMain() {
        if (open == null) {
            unlockFirst();
            return;
        }
        MainWindowController main = new MainWindowController(ui, open, this::reloadUi,
                () -> lock.afterSettings(stage.getScene()));
        lock.forget(stage.getScene());
        show(new Scene(main.root(), 1200, 800));
        lock.watch(stage.getScene());
        if (startupProbe) {
            main.afterDataShown(() -> FirstFrame.then(App::endStartupProbe));
        }
    }

    /** Under --startup-probe: notes when the first frame with the home screen’s reminders was shown, then closes. */
    private static void endStartupProbe() {
        probeFrameMillis = System.currentTimeMillis();
        Platform.exit();
    }

    /** When --startup-probe saw the first frame with the reminders (wall-clock milliseconds), or -1; read by Launcher. */
    static long startupProbeFrame() {
        return probeFrameMillis;
    }

    /**
     * Before any data shows: when a password is set, an empty window, then (once start-up has returned) the password;
     * then the main window, and automatic backups encrypted with that password.
     */
    private void unlockFirst() {
        open = new OpenDatabase(services, clock, this::afterReopen);
        lock = new SessionLock(() -> ui, open, () -> stage);
        if (!lock.asksPassword()) {
            lock.unlock();
            afterUnlock();
            return;
        }
        show(new Scene(new javafx.scene.layout.StackPane(), 1200, 800));
        Platform.runLater(() -> {
            if (!lock.unlock()) {
                Platform.exit();
                return;
            }
            afterUnlock();
        });
    }

    private void afterUnlock() {
        if (!startupProbe) {
            autoBackup = new AutoBackup(ui, new BackupService(clock), open);
            startBackupClock();
        }
        showMain();
    }

    /** Checks at once and then every hour whether a day has passed since the last backup. */
    private void startBackupClock() {
        autoBackup.runIfDue();
        backupClock = new Timeline(new KeyFrame(Duration.hours(1), e -> autoBackup.runIfDue()));
        backupClock.setCycleCount(Animation.INDEFINITE);
        backupClock.play();
    }

    /** After a restore or hand-over replaced the file: new services, a fresh window. */
    private void afterReopen() {
        services = open.services();
        showMain();
    }

    /** Rebuilds the window after a change of language or text size. */
    private void reloadUi() {
        I18n i18n = new I18n(Messages.forLanguage(ui.settings().language()));
        FxDialogService dialogs = new FxDialogService(i18n, ui.settings());
        ui = new UiContext(i18n, ui.settings(), dialogs, tasks, ui.clock());
        stage.setTitle(i18n.tr("app.title"));
        showMain();
    }

    private void show(Scene scene) {
        Styles.apply(scene, ui.settings());
        ((FxDialogService) ui.dialogs()).setOwner(stage);
        stage.setScene(scene);
        stage.show();
    }

    private void onUncaught(Throwable e) {
        LOG.log(Level.SEVERE, "uncaught", e);
        Runnable show = () -> ui.dialogs().showError(ui.describe(e));
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    @Override
    public void stop() {
        tasks.close();
        if (backupClock != null) {
            backupClock.stop();
        }
        if (open != null) {
            if (autoBackup != null) {
                autoBackup.onClose();
            }
            open.close();
        } else if (services != null) {
            services.close();
        }
    }

    static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (args.get(i).startsWith(name + "=")) {
                return args.get(i).substring(name.length() + 1);
            }
        }
        return null;
    }
}
