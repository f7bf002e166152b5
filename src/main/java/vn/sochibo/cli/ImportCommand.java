package vn.sochibo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups the import commands; on its own it prints its usage. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = ImportMembersCommand.class)
public final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
