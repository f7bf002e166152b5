package vn.sochibo.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.model.study.Participation;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.Services;

/**
 * Prints a year's study sessions as TSV with a header: date, document symbol, members who completed it (present
 * or made up), members expected, and the rate in percent.
 */
@Command(name = "study", mixinStandardHelpOptions = true)
public final class StudyCommand implements Callable<Integer> {
    static final String HEADER = "date\tdocument\tpresent\texpected\trate";

    @Mixin
    CommonOptions common;

    @Option(names = "--year", paramLabel = "YYYY", required = true, descriptionKey = "cli.study.year")
    String year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int y = CliYears.parse(year, "--year");
        try (Services services = common.openExisting()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(HEADER);
            for (StudySummary s : services.study().sessions(y)) {
                out.println(line(s));
            }
        }
        return 0;
    }

    static String line(StudySummary s) {
        Participation p = s.participation();
        return String.join("\t", s.session().date().toString(), s.session().documentSymbol(),
                String.valueOf(p.completed()), String.valueOf(p.expected()), p.rateText());
    }
}
