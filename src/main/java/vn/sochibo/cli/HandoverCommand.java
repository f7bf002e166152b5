package vn.sochibo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups the hand-over commands (create a kit, open one); on its own it prints its usage. */
@Command(name = "handover", mixinStandardHelpOptions = true,
        subcommands = {HandoverCreateCommand.class, HandoverOpenCommand.class})
public final class HandoverCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
