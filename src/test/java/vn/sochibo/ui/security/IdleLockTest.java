package vn.sochibo.ui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window locks after a time without input, and not while someone is typing, in it or in a dialog over it. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class IdleLockTest {
    private static final Duration IDLE = Duration.ofMillis(400);
    private final AtomicInteger locks = new AtomicInteger();
    private Scene scene;

    @Start
    void start(Stage stage) {
        TextField field = new TextField();
        field.setId("mainField");
        scene = new Scene(new StackPane(field), 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void uninstall(FxRobot robot) {
        robot.interact(() -> IdleLock.uninstall(scene));
    }

    private void install(FxRobot robot, Duration idle) {
        robot.interact(() -> IdleLock.install(scene, idle, locks::incrementAndGet));
    }

    private static void typeFor(FxRobot robot, String target, int millis) {
        robot.clickOn(target);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < end) {
            robot.type(KeyCode.A);
            WaitForAsyncUtils.sleep(80, TimeUnit.MILLISECONDS);
        }
    }

    @Test
    void install_noInput_locksOnceAfterTheIdleTime(FxRobot robot) throws Exception {
        install(robot, IDLE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> locks.get() == 1);
    }

    @Test
    void install_typingLongerThanTheIdleTime_doesNotLockUntilTypingStops(FxRobot robot) throws Exception {
        install(robot, IDLE);
        typeFor(robot, "#mainField", 1200);

        assertEquals(0, locks.get());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> locks.get() == 1);
    }

    @Test
    void install_typingInADialogOverTheWindow_alsoCounts(FxRobot robot) throws Exception {
        install(robot, IDLE);
        robot.interact(() -> {
            TextField field = new TextField();
            field.setId("dialogField");
            Stage dialog = new Stage();
            dialog.initOwner(scene.getWindow());
            dialog.setScene(new Scene(new StackPane(field), 300, 200));
            dialog.show();
        });
        typeFor(robot, "#dialogField", 1200);

        assertEquals(0, locks.get());
    }

    @Test
    void install_durationZero_neverLocks(FxRobot robot) {
        install(robot, Duration.ZERO);
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);

        assertEquals(0, locks.get());
    }

    @Test
    void install_againWithZero_turnsTheEarlierLockOff(FxRobot robot) {
        install(robot, IDLE);
        install(robot, Duration.ZERO);
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);

        assertEquals(0, locks.get());
    }
}
