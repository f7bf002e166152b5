package vn.sochibo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.service.Services;

/** A command printing one year of records as TSV: the header line, then one line per record. */
abstract class YearTableCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--year", paramLabel = "YYYY", required = true, descriptionKey = "cli.option.year")
    String year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int y = CliYears.parse(year, "--year");
        try (Services services = common.openExisting()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(header());
            lines(services, y).forEach(out::println);
        }
        return 0;
    }

    /** The TSV header line. */
    abstract String header();

    /** The year's lines, in order. */
    abstract List<String> lines(Services services, int year);
}
