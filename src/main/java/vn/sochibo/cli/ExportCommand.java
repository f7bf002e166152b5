package vn.sochibo.cli;

import picocli.CommandLine.Command;

/** Placeholder for the export command while it is being written. */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand {
}
