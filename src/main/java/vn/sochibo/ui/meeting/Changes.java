package vn.sochibo.ui.meeting;

import javafx.beans.property.StringProperty;
import vn.sochibo.ui.common.UiContext;

/** Runs an editing change of a meeting screen: on success clears the problem line and reloads, else says why. */
final class Changes {
    private Changes() {
    }

    /** A bad field (IllegalArgumentException with a localised message) or a refusal is shown in words. */
    static void run(UiContext ui, StringProperty problem, Runnable change, Runnable reload) {
        try {
            change.run();
            problem.set("");
            reload.run();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        } catch (RuntimeException e) {
            problem.set(ui.describe(e));
        }
    }
}
