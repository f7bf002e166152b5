package vn.sochibo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.roster.RosterPreview;
import vn.sochibo.service.member.roster.RosterProblem;
import vn.sochibo.service.member.roster.RosterService;

/**
 * {@code import members ROSTER.xlsx [--dry-run]}: prints every problem by row and column, then a summary; writes
 * all members only when there is no error (exit 1 and nothing written otherwise).
 */
@Command(name = "members", mixinStandardHelpOptions = true)
public final class ImportMembersCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "ROSTER.xlsx", descriptionKey = "cli.import.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = (dryRun ? common.openForCheck() : common.open())) {
            RosterService roster = new RosterService(services.members(), services.branch());
            RosterPreview preview = roster.preview(file);
            for (RosterProblem p : preview.problems()) {
                out.println(messages.tr(p.isError() ? "cli.import.error" : "cli.import.warning", p.text(messages)));
            }
            out.println(messages.tr("cli.import.summary", preview.sheet(), preview.entries().size(),
                    preview.errorCount(), preview.warningCount()));
            out.flush();
            if (preview.hasErrors()) {
                throw new AppException("cli.import.refused", preview.errorCount());
            }
            if (dryRun) {
                out.println(messages.tr("cli.import.dryRunOk", preview.entries().size()));
                return 0;
            }
            int written = roster.importPreviewed(preview);
            out.println(messages.tr("cli.import.done", written, services.file().toString()));
        }
        return 0;
    }
}
