package vn.sochibo.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/** Runs work on one background thread with javafx.concurrent.Task; {@link #running()} tells when busy. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sochibo-task");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private int active;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        changeActive(1);
        task.setOnSucceeded(e -> {
            changeActive(-1);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            changeActive(-1);
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    private void changeActive(int delta) {
        Runnable update = () -> {
            active += delta;
            running.set(active > 0);
        };
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
