package vn.sochibo.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.sample.SampleBranch;
import vn.sochibo.service.sample.SampleOptions;

/** Writes the sample residential branch into a new database file and prints how many members it wrote. */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--members", paramLabel = "N", descriptionKey = "cli.demo.members")
    int members = SampleOptions.DEFAULT_MEMBERS;

    @Option(names = "--years", paramLabel = "Y", descriptionKey = "cli.demo.years")
    int years = SampleOptions.DEFAULT_YEARS;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.demo.seed")
    long seed = SampleOptions.DEFAULT_SEED;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.demo.today")
    String today;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        LocalDate day = CliDates.parse(today, "--today");
        // Checked before the file is opened, so a mistyped option never leaves an empty database behind.
        SampleOptions options = new SampleOptions(members, years, seed, day == null ? LocalDate.now() : day);
        try (Services services = common.open()) {
            int written = SampleBranch.create(services, options);
            spec.commandLine().getOut().println(messages.tr("cli.demo.done", String.valueOf(written),
                    services.file()));
        }
        return 0;
    }
}
