package vn.sochibo.cli;

import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;
import vn.sochibo.service.Services;
import vn.sochibo.store.DatabaseLocation;

/** The options every command takes: the database file and the language of messages. */
public final class CommonOptions {
    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "cli.option.db")
    Path db;

    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "cli.option.lang")
    String lang = "vi";

    /** Opens the database named by --db, SOCHIBO_DB or the default location. */
    Services open() {
        return Services.open(DatabaseLocation.resolve(db), Clock.systemDefaultZone());
    }
}
