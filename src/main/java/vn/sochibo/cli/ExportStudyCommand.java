package vn.sochibo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;

/** {@code export study --year YYYY --out FILE.xlsx}: writes the year's study workbook and prints the path. */
@Command(name = "study", mixinStandardHelpOptions = true)
public final class ExportStudyCommand implements Callable<Integer> {
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
            int count = services.study().sessions(y).size();
            services.studyDocuments().writeYear(y, out);
            spec.commandLine().getOut().println(messages.tr("cli.export.study.done", count, String.valueOf(y),
                    out.toAbsolutePath().toString()));
        }
        return 0;
    }
}
