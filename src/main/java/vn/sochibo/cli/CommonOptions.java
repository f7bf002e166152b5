package vn.sochibo.cli;

import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Services;
import vn.sochibo.store.DatabaseLocation;

/** The options every command takes: the database file and the language of messages. */
public final class CommonOptions {
    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "cli.option.db")
    Path db;

    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "cli.option.lang")
    String lang = "vi";

    /** Opens the database named by --db, SOCHIBO_DB or the default location, creating it when missing. */
    Services open() {
        return Services.open(DatabaseLocation.resolve(db), Clock.systemDefaultZone());
    }

    /**
     * For a check that writes nothing: the database when it exists (read-only while another copy uses it), else an
     * empty scratch database in the temporary folder that is removed when the process ends, so no empty file is left
     * where the user pointed.
     */
    Services openForCheck() {
        Path file = DatabaseLocation.resolve(db);
        if (java.nio.file.Files.isRegularFile(file)) {
            return Services.openForReading(file, Clock.systemDefaultZone());
        }
        try {
            Path folder = java.nio.file.Files.createTempDirectory("sochibo-check");
            folder.toFile().deleteOnExit();
            Path scratch = folder.resolve(DatabaseLocation.FILE_NAME);
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                folder.resolve(DatabaseLocation.FILE_NAME + suffix).toFile().deleteOnExit();
            }
            return Services.open(scratch, Clock.systemDefaultZone());
        } catch (java.io.IOException e) {
            throw new AppException("db.error.folder", e, System.getProperty("java.io.tmpdir"));
        }
    }

    /**
     * Opens the database only when the file exists, so reading commands never leave an empty file behind; read-only
     * while another copy of the program uses it.
     */
    Services openExisting() {
        Path file = DatabaseLocation.resolve(db);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new AppException("cli.error.noDatabase", file);
        }
        return Services.openForReading(file, Clock.systemDefaultZone());
    }
}
