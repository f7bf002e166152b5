package vn.sochibo.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** The application's {@link Debouncer.Scheduler}: a pause on the FX thread, so the action runs there too. */
public final class FxScheduler implements Debouncer.Scheduler {
    @Override
    public Debouncer.Cancellable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
