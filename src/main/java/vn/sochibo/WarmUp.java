package vn.sochibo;

import vn.sochibo.model.text.Texts;
import vn.sochibo.model.text.VietnameseNames;
import vn.sochibo.store.Database;

/**
 * Start-up work that needs no window and touches no file of the user's: the SQLite native library and the
 * Vietnamese collator are made ready on a background thread while the toolkit starts, instead of after it.
 */
final class WarmUp {
    private WarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    static void start() {
        Thread t = new Thread(WarmUp::run, "warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    private static void run() {
        Database.warmUp();
        VietnameseNames.key("Nguyễn Văn An");
        Texts.fold("Đặng Thị Bích");
    }
}
