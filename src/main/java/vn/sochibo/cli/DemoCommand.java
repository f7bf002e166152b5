package vn.sochibo.cli;

import picocli.CommandLine.Command;

/** Placeholder for the demo command while it is being written. */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand {
}
