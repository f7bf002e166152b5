package vn.sochibo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.App;
import vn.sochibo.service.Services;
import vn.sochibo.service.sample.SampleBranch;
import vn.sochibo.service.sample.SampleOptions;
import vn.sochibo.service.security.PasswordService;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.AppSettings;

/** A branch with a password: nothing shows until the right password is typed; the backup made is encrypted. */
@Tag("gui")
class LockedStartFlowTest extends FxRobot {
    @TempDir
    Path dir;
    private TestUi t;
    private Application app;
    private Path db;

    @BeforeEach
    void start() throws Exception {
        t = new TestUi();
        db = dir.resolve("locked.db");
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            SampleBranch.create(s, SampleOptions.defaults(TestUi.TODAY));
            new PasswordService(s.database()).set("mat-khau-chi-bo".toCharArray(), null);
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(new AppSettings(t.prefs), TestUi.fixedClock(), db));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        t.dispose();
    }

    @Test
    void start_withPassword_showsNoDataUntilTheRightPasswordThenBacksUpEncrypted() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#passwordField").tryQuery().isPresent());
        assertFalse(lookup("#membersTable").tryQuery().isPresent());

        clickOn("#passwordField").write("sai-roi");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Sai mật khẩu.".equals(lookup("#messageLabel").queryLabeled().getText()));
        assertFalse(lookup("#membersTable").tryQuery().isPresent());

        clickOn("#passwordField").write("mat-khau-chi-bo");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#remindersTable").tryQuery().isPresent());
        clickOn("#membersNavButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#membersTable").tryQuery().isPresent()
                && lookup("#membersTable").queryAs(TableView.class).getItems().size() >= 30);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> encryptedBackups() == 1);
        assertEquals(1, encryptedBackups());
        assertTrue(Files.isDirectory(dir.resolve("backups")));
    }

    private long encryptedBackups() throws Exception {
        if (!Files.isDirectory(dir.resolve("backups"))) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sochibo-backup")).count();
        }
    }
}
