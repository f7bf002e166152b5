package vn.sochibo.ui.common;

import java.time.Clock;
import java.time.LocalDate;

/** What every screen needs besides its services: texts, settings, dialogs, the task runner and the clock. */
public record UiContext(I18n i18n, AppSettings settings, DialogService dialogs, TaskRunner tasks, Clock clock) {
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The user-facing text for any failure: the localised message of an AppException, or a generic one. */
    public String describe(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof vn.sochibo.model.ValidationException v) {
                return v.issues().stream().map(i18n::issue).reduce((a, b) -> a + "\n" + b).orElse("");
            }
            if (t instanceof vn.sochibo.model.AppException a) {
                return i18n.error(a);
            }
            t = t.getCause();
        }
        return i18n.tr("common.error.unexpected", failure.getClass().getSimpleName());
    }
}
