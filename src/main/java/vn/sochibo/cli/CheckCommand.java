package vn.sochibo.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.service.backup.BackupState;

/**
 * {@code check --db FILE [--full]}: checks a data file or backup strictly read-only (a missing file is never
 * created); exit 0 with "no errors", or 1 with a one-line reason.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {
    private final PasswordSource passwords;

    @Mixin
    CommonOptions common;

    @Option(names = "--full", descriptionKey = "cli.check.full")
    boolean full;

    @Spec
    CommandSpec spec;

    public CheckCommand() {
        this(PasswordSource.system());
    }

    CheckCommand(PasswordSource passwords) {
        this.passwords = passwords;
    }

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        Path file = BackupFiles.named(common);
        BackupService service = new BackupService(Clock.systemDefaultZone());
        char[] password = service.isEncrypted(file) ? passwords.forReading(messages) : null;
        BackupState state = service.check(file, full, password);
        if (!state.isOk()) {
            throw new AppException("backup.problem." + state.name(), file.toString());
        }
        spec.commandLine().getOut().println(messages.tr("cli.check.ok", file.toString()));
        return 0;
    }
}
