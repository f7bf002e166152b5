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
import vn.sochibo.service.backup.BackupFile;
import vn.sochibo.service.backup.BackupService;

/**
 * {@code backup --db FILE [--out DIR] [--encrypt]}: writes a dated backup (encrypted when SOCHIBO_PASSWORD is set
 * or --encrypt is given), removes old ones the rotation no longer keeps, and prints the path written.
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer> {
    private final PasswordSource passwords;

    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "cli.backup.out")
    Path out;

    @Option(names = "--encrypt", descriptionKey = "cli.backup.encrypt")
    boolean encrypt;

    @Spec
    CommandSpec spec;

    public BackupCommand() {
        this(PasswordSource.system());
    }

    BackupCommand(PasswordSource passwords) {
        this.passwords = passwords;
    }

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        Path db = BackupFiles.existing(common);
        BackupService service = new BackupService(Clock.systemDefaultZone());
        char[] password = encrypt || passwords.inEnvironment() ? passwords.forWriting(messages) : null;
        try {
            BackupFile written = service.backupNow(db, out == null ? service.defaultFolder(db) : out, password);
            spec.commandLine().getOut().println(messages.tr("cli.backup.done",
                    written.path().toAbsolutePath().toString()));
        } finally {
            if (password != null) {
                Arrays.fill(password, ' ');
            }
        }
        return 0;
    }
}
