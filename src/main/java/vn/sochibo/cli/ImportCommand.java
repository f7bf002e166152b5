package vn.sochibo.cli;

import picocli.CommandLine.Command;

/** Placeholder for the import command while it is being written. */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand {
}
