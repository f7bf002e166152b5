package vn.sochibo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;

/** A command writing one year's workbook to {@code --out} and printing how many records it holds and the path. */
abstract class YearWorkbookCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--year", paramLabel = "YYYY", required = true, descriptionKey = "cli.option.year")
    String year;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, descriptionKey = "cli.export.out")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        int y = CliYears.parse(year, "--year");
        try (Services services = common.openExisting()) {
            int count = write(services, y, out);
            spec.commandLine().getOut().println(messages.tr(doneKey(), count, String.valueOf(y),
                    out.toAbsolutePath().toString()));
        }
        return 0;
    }

    /** Writes the year's workbook and returns the number of records (meetings, sessions) it holds. */
    abstract int write(Services services, int year, Path out);

    /** The message printed when done: {0} records, {1} the year, {2} the file's full path. */
    abstract String doneKey();
}
