package vn.sochibo.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs slow work off the FX thread and hands the result (or the failure) back on it. */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
