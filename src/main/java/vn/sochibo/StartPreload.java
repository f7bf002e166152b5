package vn.sochibo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Services;
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.service.backup.BackupState;
import vn.sochibo.ui.shell.StartRecovery;

/**
 * The data file's start-up work (the check that never changes the file, then opening it) done on a background
 * thread while the window toolkit starts, so the window does not wait for it afterwards. The window takes the result
 * when it is about the same file; otherwise the result is closed and the window does the same work itself
 * ({@link #checkAndOpen}).
 */
final class StartPreload {
    /** What the preload found: the file's state and, when it is OK and exists, its open services. */
    record Result(BackupState state, Services services, AppException failure) {
        /** The open services, or the failure to open them (null: the file does not exist yet). */
        Services servicesOrThrow() {
            if (failure != null) {
                throw failure;
            }
            return services;
        }
    }

    private final Path file;
    private final CompletableFuture<Result> result;

    private StartPreload(Path file, CompletableFuture<Result> result) {
        this.file = file;
        this.result = result;
    }

    /** Starts checking and opening {@code file} on a daemon thread; returns at once. */
    static StartPreload start(Path file, Clock clock) {
        CompletableFuture<Result> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(checkAndOpen(file, clock));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "start-preload");
        t.setDaemon(true);
        t.start();
        return new StartPreload(file, result);
    }

    /**
     * On the calling thread: the file's state by the check that never changes it and, when that is OK and the file
     * exists, the file opened (or the reason it could not be).
     */
    static Result checkAndOpen(Path file, Clock clock) {
        BackupState state = new StartRecovery(new BackupService(clock)).check(file);
        if (!state.isOk() || !Files.exists(file)) {
            return new Result(state, null, null);
        }
        try {
            return new Result(state, Services.open(file, clock), null);
        } catch (AppException e) {
            return new Result(state, null, e);
        }
    }

    /**
     * The result when it is about {@code wanted} (waiting for it), else null after closing what was opened; null too
     * when the preload itself failed unexpectedly (the caller then checks and opens the file itself).
     */
    Result take(Path wanted) {
        Result r;
        try {
            r = result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
        if (!file.equals(wanted)) {
            if (r.services() != null) {
                r.services().close();
            }
            return null;
        }
        return r;
    }
}
