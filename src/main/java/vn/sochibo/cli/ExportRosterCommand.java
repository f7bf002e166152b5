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
import vn.sochibo.service.member.roster.RosterService;

/** {@code export roster --out FILE.xlsx}: writes the register (Mẫu 7-HSĐV) with its data sheets and prints the path. */
@Command(name = "roster", mixinStandardHelpOptions = true)
public final class ExportRosterCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, descriptionKey = "cli.export.out")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        try (Services services = common.openExisting()) {
            int count = new RosterService(services.members(), services.branch()).export(out);
            spec.commandLine().getOut().println(messages.tr("cli.export.done", count,
                    out.toAbsolutePath().toString()));
        }
        return 0;
    }
}
