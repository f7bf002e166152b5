package vn.sochibo.cli;

import java.util.List;
import picocli.CommandLine.Command;
import vn.sochibo.model.study.Participation;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.Services;

/**
 * Prints a year's study sessions as TSV with a header: date, document symbol, members who completed it (present
 * or made up), members expected, and the rate in percent.
 */
@Command(name = "study", mixinStandardHelpOptions = true)
public final class StudyCommand extends YearTableCommand {
    static final String HEADER = "date\tdocument\tpresent\texpected\trate";

    @Override
    String header() {
        return HEADER;
    }

    @Override
    List<String> lines(Services services, int year) {
        return services.study().sessions(year).stream().map(StudyCommand::line).toList();
    }

    static String line(StudySummary s) {
        Participation p = s.participation();
        return String.join("\t", s.session().date().toString(), s.session().documentSymbol(),
                String.valueOf(p.completed()), String.valueOf(p.expected()), p.rateText());
    }
}
