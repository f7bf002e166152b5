package vn.sochibo.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.service.Messages;
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.service.backup.RestoreResult;

/**
 * {@code restore --db FILE --from BACKUP [--out DIR]}: checks the backup, saves the current data as a pre-restore
 * backup, replaces the data file, and prints what was restored and where the previous data went. Run it while the
 * program's window is closed.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {
    private final PasswordSource passwords;

    @Mixin
    CommonOptions common;

    @Option(names = "--from", paramLabel = "BACKUP", required = true, descriptionKey = "cli.restore.from")
    Path from;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "cli.restore.out")
    Path out;

    @Spec
    CommandSpec spec;

    public RestoreCommand() {
        this(PasswordSource.system());
    }

    RestoreCommand(PasswordSource passwords) {
        this.passwords = passwords;
    }

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        Path db = BackupFiles.named(common);
        BackupService service = new BackupService(Clock.systemDefaultZone());
        char[] password = service.isEncrypted(from) ? passwords.forReading(messages) : null;
        try {
            RestoreResult result = service.restore(db, from, out == null ? service.defaultFolder(db) : out, password);
            String counts = String.valueOf(result.members());
            String meetings = String.valueOf(result.meetings());
            String line = result.savedBefore()
                    .map(saved -> messages.tr("cli.restore.done", from.toAbsolutePath().toString(), db.toString(),
                            counts, meetings, saved.path().toAbsolutePath().toString()))
                    .orElseGet(() -> messages.tr("cli.restore.doneNoPrevious", from.toAbsolutePath().toString(),
                            db.toString(), counts, meetings));
            spec.commandLine().getOut().println(line);
        } finally {
            if (password != null) {
                Arrays.fill(password, ' ');
            }
        }
        return 0;
    }
}
