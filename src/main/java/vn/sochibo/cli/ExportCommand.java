package vn.sochibo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups the export commands; on its own it prints its usage. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {ExportRosterCommand.class,
        ExportMinutesCommand.class, ExportResolutionCommand.class, ExportAttendanceCommand.class, ExportStudyCommand.class})
public final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
