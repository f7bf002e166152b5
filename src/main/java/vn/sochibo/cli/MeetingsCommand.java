package vn.sochibo.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.MeetingRoll;

/** Prints a year's meetings as TSV with a header: date, type code, present, expected, grade points, adopted. */
@Command(name = "meetings", mixinStandardHelpOptions = true)
public final class MeetingsCommand implements Callable<Integer> {
    static final String HEADER = "date\ttype\tpresent\texpected\tgrade\tadopted";

    @Mixin
    CommonOptions common;

    @Option(names = "--year", paramLabel = "YYYY", required = true, descriptionKey = "cli.meetings.year")
    String year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int y = CliYears.parse(year, "--year");
        try (Services services = common.openExisting()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(HEADER);
            for (MeetingRoll mr : services.meeting().roll().between(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))) {
                out.println(line(mr.meeting(), mr.roll().summary()));
            }
        }
        return 0;
    }

    static String line(Meeting m, RollSummary s) {
        return String.join("\t", m.date().toString(), m.type().code(), String.valueOf(s.present()),
                String.valueOf(s.expected()), m.gradePoints() == null ? "" : String.valueOf(m.gradePoints()),
                m.isAdopted() ? "yes" : "no");
    }
}
