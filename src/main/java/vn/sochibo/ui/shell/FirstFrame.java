package vn.sochibo.ui.shell;

import javafx.animation.AnimationTimer;

/** Waits for the window to draw what was just put into it: runs an action at the second animation pulse. */
public final class FirstFrame {
    private FirstFrame() {
    }

    /**
     * Runs the action on the FX thread once the pulse after this call has laid out and rendered the scene (the
     * toolkit starts the next pulse only when that frame is done).
     */
    public static void then(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                pulses++;
                if (pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
