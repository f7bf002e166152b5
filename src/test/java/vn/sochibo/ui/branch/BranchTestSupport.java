package vn.sochibo.ui.branch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Messages;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.ui.common.AppSettings;
import vn.sochibo.ui.common.DialogService;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.TaskRunner;
import vn.sochibo.ui.common.UiContext;

/** A UiContext on a private preferences node with today fixed at 10/02/2026, and members in given situations. */
final class BranchTestSupport implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 2, 10);
    private final Preferences prefs = Preferences.userRoot().node("sochibo-test-" + UUID.randomUUID());
    final UiContext ui;

    BranchTestSupport() {
        TaskRunner inline = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> ok, Consumer<Throwable> fail) {
                try {
                    ok.accept(work.call());
                } catch (Exception e) {
                    fail.accept(e);
                }
            }
        };
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ui = new UiContext(new I18n(Messages.forLanguage("vi")), new AppSettings(prefs), new SilentDialogs(), inline,
                clock);
    }

    /** An official member since 1976 (born 15/03/1950 unless the builder says otherwise). */
    static MemberHistory official(long id, String name) {
        return history(MemberBuilder.member().name(name), id);
    }

    /** A probationary member admitted on 01/06/2025. */
    static MemberHistory probationary(long id, String name) {
        return history(MemberBuilder.member().name(name).born(LocalDate.of(1990, 1, 2))
                .admitted(LocalDate.of(2025, 6, 1)).official(null), id);
    }

    /** An official member who moved to another branch on 01/01/2025. */
    static MemberHistory transferredOut(long id, String name) {
        MemberHistory h = official(id, name);
        return new MemberHistory(h.member(), List.of(h.events().get(0),
                MemberEvent.of(EventType.TRANSFERRED_OUT, LocalDate.of(2025, 1, 1)).withId(id * 10 + 1, id)));
    }

    private static MemberHistory history(MemberBuilder builder, long id) {
        Member m = builder.build().withId(id);
        MemberEvent admitted = MemberEvent.of(EventType.ADMITTED, m.party().admissionDate()).withId(id * 10, id);
        return new MemberHistory(m, List.of(admitted));
    }

    @Override
    public void close() throws BackingStoreException {
        prefs.removeNode();
    }

    /** Dialogs that show nothing; the forms under test never open one. */
    private static final class SilentDialogs implements DialogService {
        @Override
        public void showError(String message) {
        }

        @Override
        public void showInfo(String message) {
        }

        @Override
        public boolean confirm(String message) {
            return false;
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, String extension) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String extension, String suggestedName) {
            return Optional.empty();
        }
    }
}
