package vn.sochibo.service.backup;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.sochibo.model.AppException;

/** Turns file-system failures while writing backups into messages a person can act on. */
final class BackupErrors {
    private BackupErrors() {
    }

    /** The message for a failure while writing into {@code folder}. */
    static AppException translate(IOException e, Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            return new AppException("backup.error.folderGone", e, folder);
        }
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("space") || text.contains("disk full") || text.contains("quota")) {
            return new AppException("backup.error.diskFull", e, folder);
        }
        if (e instanceof AccessDeniedException || (folder != null && !Files.isWritable(folder))
                || text.contains("read-only")) {
            return new AppException("backup.error.folderNotWritable", e, folder);
        }
        return new AppException("backup.error.write", e, folder);
    }
}
