package vn.sochibo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import vn.sochibo.service.BuildVersion;

/** The top of the command line: sub-commands that run without a window. */
@Command(name = "sochibo", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        subcommands = {MembersCommand.class, ImportCommand.class, ExportCommand.class, DemoCommand.class,
                BackupCommand.class, RestoreCommand.class, CheckCommand.class, JournalCommand.class,
                HandoverCommand.class, MeetingsCommand.class, StudyCommand.class, BenchCommand.class,
                RemindersCommand.class},
        exitCodeOnInvalidInput = 1, exitCodeOnExecutionException = 1)
public final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the version from the jar manifest (the pom version), or "dev" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Sổ Chi Bộ " + BuildVersion.get()};
        }
    }
}
