package vn.sochibo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.AttendanceWorkbooks;

/** {@code export attendance --year YYYY --out FILE.xlsx}: writes the year's attendance matrix and prints the path. */
@Command(name = "attendance", mixinStandardHelpOptions = true)
public final class ExportAttendanceCommand extends YearWorkbookCommand {
    @Override
    int write(Services services, int year, Path out) {
        return new AttendanceWorkbooks(services.database(), services.meeting().roll(), Messages.forLanguage("vi"))
                .writeYear(year, out);
    }

    @Override
    String doneKey() {
        return "cli.attendance.done";
    }
}
