package vn.sochibo.cli;

import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.service.Services;

/** Prints a year's meetings as TSV with a header: date, type code, present, expected, grade points, adopted. */
@Command(name = "meetings", mixinStandardHelpOptions = true)
public final class MeetingsCommand extends YearTableCommand {
    static final String HEADER = "date\ttype\tpresent\texpected\tgrade\tadopted";

    @Override
    String header() {
        return HEADER;
    }

    @Override
    List<String> lines(Services services, int year) {
        return services.meeting().roll().between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(mr -> line(mr.meeting(), mr.roll().summary())).toList();
    }

    static String line(Meeting m, RollSummary s) {
        return String.join("\t", m.date().toString(), m.type().code(), String.valueOf(s.present()),
                String.valueOf(s.expected()), m.gradePoints() == null ? "" : String.valueOf(m.gradePoints()),
                m.isAdopted() ? "yes" : "no");
    }
}
