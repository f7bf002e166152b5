package vn.sochibo.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.report.MonthlyReports;

/**
 * {@code export report --month YYYY-MM --out FILE.docx}: writes the month's report to the ward committee as Word,
 * numbering it on its first export.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
public final class ExportReportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--month", paramLabel = "YYYY-MM", required = true, descriptionKey = "cli.report.month")
    String month;

    @Option(names = "--out", paramLabel = "FILE.docx", required = true, descriptionKey = "cli.export.docx")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        YearMonth m = parse(month);
        try (Services services = common.openExisting()) {
            MonthlyReports reports = new MonthlyReports(services, Clock.systemDefaultZone());
            Path written = reports.write(m, out);
            spec.commandLine().getOut().println(messages.tr("cli.report.done", String.format("%02d",
                    reports.number(m)), String.format("%02d/%d", m.getMonthValue(), m.getYear()),
                    written.toAbsolutePath().toString()));
        }
        return 0;
    }

    private static YearMonth parse(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new AppException("cli.error.month", "--month", value);
        }
    }
}
