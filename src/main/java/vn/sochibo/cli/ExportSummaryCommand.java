package vn.sochibo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;

/** {@code export summary --year YYYY [--quarter Q] --out FILE.xlsx}: writes the summary for the ward. */
@Command(name = "summary", mixinStandardHelpOptions = true)
public final class ExportSummaryCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--year", paramLabel = "YYYY", required = true, descriptionKey = "cli.option.year")
    String year;

    @Option(names = "--quarter", paramLabel = "Q", descriptionKey = "cli.option.quarter")
    String quarter;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, descriptionKey = "cli.export.out")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        int y = CliYears.parse(year, "--year");
        Integer q = quarter(quarter);
        try (Services services = common.openExisting()) {
            services.summary().write(y, q, out);
        }
        String path = out.toAbsolutePath().toString();
        spec.commandLine().getOut().println(q == null ? messages.tr("cli.summary.doneYear", String.valueOf(y), path)
                : messages.tr("cli.summary.doneQuarter", q, String.valueOf(y), path));
        return 0;
    }

    static Integer quarter(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (!text.matches("[1-4]")) {
            throw new AppException("summary.error.quarter", value);
        }
        return Integer.parseInt(text);
    }
}
