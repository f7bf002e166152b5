package vn.sochibo.ui.member;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import vn.sochibo.service.Messages;
import vn.sochibo.service.member.roster.RosterFixtures;
import vn.sochibo.ui.common.DialogService;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.TaskRunner;
import vn.sochibo.ui.common.UiContext;

/** A UiContext for view-model tests: Vietnamese texts, work run inline, dialogs that answer from a script. */
final class RosterTestUi {
    /** Runs the work at once on the calling thread. */
    static final TaskRunner INLINE = new TaskRunner() {
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

    private RosterTestUi() {
    }

    static UiContext ui(Dialogs dialogs) {
        return new UiContext(new I18n(Messages.forLanguage("vi")), null, dialogs, INLINE, RosterFixtures.CLOCK);
    }

    /** Records every message shown and answers file choosers with the paths queued. */
    static final class Dialogs implements DialogService {
        final List<String> errors = new ArrayList<>();
        final List<String> infos = new ArrayList<>();
        final List<String> suggestedNames = new ArrayList<>();
        final Deque<Path> files = new ArrayDeque<>();

        Dialogs answering(Path file) {
            files.add(file);
            return this;
        }

        @Override
        public void showError(String message) {
            errors.add(message);
        }

        @Override
        public void showInfo(String message) {
            infos.add(message);
        }

        @Override
        public boolean confirm(String message) {
            return true;
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, String extension) {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String extension, String suggestedName) {
            suggestedNames.add(suggestedName);
            return Optional.ofNullable(files.poll());
        }
    }
}
