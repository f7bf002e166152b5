package vn.sochibo.ui.security;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;

/**
 * Runs an action (showing the lock screen) after a time without mouse or keyboard input. Input to any window of the
 * app counts, so typing for a long time in a dialog over the main window does not lock it.
 */
public final class IdleLock {
    private static final Object KEY = IdleLock.class;
    private final Scene scene;
    private final Runnable onIdle;
    private final PauseTransition timer;
    private final EventHandler<InputEvent> touched = e -> restart();
    private final List<Window> watched = new ArrayList<>();
    private final ListChangeListener<Window> windowsChanged = c -> watchWindows();
    private boolean running;

    private IdleLock(Scene scene, java.time.Duration idle, Runnable onIdle) {
        this.scene = scene;
        this.onIdle = onIdle;
        this.timer = new PauseTransition(javafx.util.Duration.millis(idle.toMillis()));
        timer.setOnFinished(e -> Platform.runLater(this::fire));
    }

    /**
     * Watches input and runs {@code onIdle} after {@code idle} without any; replaces an earlier installation on the
     * scene, and {@code Duration.ZERO} turns it off. {@code onIdle} may block (show the lock with showAndWait): the
     * clock stands still until it returns and restarts then.
     */
    public static void install(Scene scene, java.time.Duration idle, Runnable onIdle) {
        uninstall(scene);
        if (idle.isZero() || idle.isNegative()) {
            return;
        }
        IdleLock lock = new IdleLock(scene, idle, onIdle);
        scene.getProperties().put(KEY, lock);
        Window.getWindows().addListener(lock.windowsChanged);
        lock.watchWindows();
        lock.restart();
    }

    /** Stops watching the scene (for example before the window gets a new scene). */
    public static void uninstall(Scene scene) {
        if (scene.getProperties().remove(KEY) instanceof IdleLock lock) {
            lock.timer.stop();
            Window.getWindows().removeListener(lock.windowsChanged);
            lock.watched.forEach(w -> w.removeEventFilter(InputEvent.ANY, lock.touched));
            lock.watched.clear();
        }
    }

    private void watchWindows() {
        for (Window w : Window.getWindows()) {
            if (!watched.contains(w)) {
                w.addEventFilter(InputEvent.ANY, touched);
                watched.add(w);
            }
        }
        watched.removeIf(w -> {
            boolean gone = !Window.getWindows().contains(w);
            if (gone) {
                w.removeEventFilter(InputEvent.ANY, touched);
            }
            return gone;
        });
        if (timer.getStatus() == Animation.Status.STOPPED) {
            // the watched scene's window has just been shown
            restart();
        }
    }

    private void restart() {
        if (!running && scene.getWindow() != null) {
            timer.playFromStart();
        }
    }

    /** Runs outside the animation pulse, where showAndWait is allowed. */
    private void fire() {
        if (running || scene.getProperties().get(KEY) != this || scene.getWindow() == null) {
            return;
        }
        running = true;
        try {
            onIdle.run();
        } finally {
            running = false;
            restart();
        }
    }
}
