package vn.sochibo.ui.common;

import java.time.Duration;
import java.util.Objects;

/**
 * Runs an action once after a quiet period: every {@link #poke()} restarts the wait, {@link #flush()} runs a pending
 * action at once. The waiting is left to a {@link Scheduler} (the FX one in the app, a manual one in tests).
 */
public final class Debouncer {
    private final Scheduler scheduler;
    private final Duration quiet;
    private final Runnable action;
    private Cancellable pending;

    public Debouncer(Scheduler scheduler, Duration quiet, Runnable action) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        this.action = Objects.requireNonNull(action, "action");
    }

    /** Something changed: the action runs when nothing else changes for the quiet period. */
    public void poke() {
        cancel();
        pending = scheduler.schedule(quiet, this::fire);
    }

    /** Runs the pending action now (on a change of item, on closing); nothing happens when none is pending. */
    public void flush() {
        if (pending != null) {
            cancel();
            action.run();
        }
    }

    /** Drops the pending action without running it. */
    public void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    public boolean isPending() {
        return pending != null;
    }

    private void fire() {
        pending = null;
        action.run();
    }

    /** Runs an action once after a delay, on the thread the UI works on. */
    @FunctionalInterface
    public interface Scheduler {
        Cancellable schedule(Duration delay, Runnable action);
    }

    /** A scheduled action that can be called off. */
    @FunctionalInterface
    public interface Cancellable {
        void cancel();
    }
}
