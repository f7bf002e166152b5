package vn.sochibo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import vn.sochibo.service.Services;

/** {@code export study --year YYYY --out FILE.xlsx}: writes the year's study workbook and prints the path. */
@Command(name = "study", mixinStandardHelpOptions = true)
public final class ExportStudyCommand extends YearWorkbookCommand {
    @Override
    int write(Services services, int year, Path out) {
        int count = services.study().sessions(year).size();
        services.studyDocuments().writeYear(year, out);
        return count;
    }

    @Override
    String doneKey() {
        return "cli.export.study.done";
    }
}
