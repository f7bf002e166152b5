package vn.sochibo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.sochibo.model.AppException;
import vn.sochibo.store.DatabaseLocation;

/** The data file the backup commands work on, which they never create. */
final class BackupFiles {
    private BackupFiles() {
    }

    /** The file named by --db, SOCHIBO_DB or the default location, whether or not it exists. */
    static Path named(CommonOptions common) {
        return DatabaseLocation.resolve(common.db).toAbsolutePath();
    }

    /** The named data file, which must exist. */
    static Path existing(CommonOptions common) {
        Path file = named(common);
        if (!Files.isRegularFile(file)) {
            throw new AppException("cli.error.noDatabase", file);
        }
        return file;
    }
}
