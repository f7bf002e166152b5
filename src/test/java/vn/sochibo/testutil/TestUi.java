package vn.sochibo.testutil;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import vn.sochibo.service.Messages;
import vn.sochibo.ui.common.AppSettings;
import vn.sochibo.ui.common.DialogService;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.TaskRunner;
import vn.sochibo.ui.common.UiContext;

/** A UiContext for tests: Vietnamese texts, throw-away settings, fake dialogs, work run inline, a fixed day. */
public final class TestUi {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    public final FakeDialogs dialogs = new FakeDialogs();
    public final Preferences prefs = Preferences.userRoot().node("sochibo-test-" + UUID.randomUUID());
    public final UiContext ui;

    public TestUi() {
        this("vi");
    }

    public TestUi(String language) {
        ui = new UiContext(new I18n(Messages.forLanguage(language)), new AppSettings(prefs), dialogs, INLINE,
                fixedClock());
    }

    /** Runs the work at once on the calling thread. */
    public static final TaskRunner INLINE = new TaskRunner() {
        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok,
                            java.util.function.Consumer<Throwable> fail) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                fail.accept(e);
                return;
            }
            ok.accept(result);
        }
    };

    /** A context with Vietnamese texts, the given dialogs and clock, no settings, work run inline. */
    public static UiContext context(DialogService dialogs, Clock clock) {
        return new UiContext(new I18n(Messages.forLanguage("vi")), null, dialogs, INLINE, clock);
    }

    public static Clock fixedClock() {
        return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Removes the throw-away settings. */
    public void dispose() {
        try {
            prefs.removeNode();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
