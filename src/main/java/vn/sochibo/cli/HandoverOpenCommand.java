package vn.sochibo.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sochibo.service.Messages;
import vn.sochibo.service.handover.HandoverService;
import vn.sochibo.service.handover.OpenedKit;
import vn.sochibo.store.DatabaseLocation;

/**
 * {@code handover open --from KIT [--documents DIR]}: checks the kit, keeps any database already there as a copy,
 * puts the kit's data and documents in place and prints one line saying what it did.
 */
@Command(name = "open", mixinStandardHelpOptions = true)
public final class HandoverOpenCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--from", paramLabel = "KIT", required = true, descriptionKey = "cli.handover.from")
    Path kit;

    @Option(names = "--documents", paramLabel = "DIR", descriptionKey = "cli.handover.documents")
    Path documents;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        Path db = DatabaseLocation.resolve(common.db);
        Path folder = documents != null ? documents : HandoverService.defaultDocuments(db);
        OpenedKit opened = new HandoverService(Clock.systemDefaultZone()).open(kit, db, folder);
        String done = messages.tr("cli.handover.opened", opened.manifest().branchName(),
                String.valueOf(opened.manifest().memberCount()), String.valueOf(opened.documents()),
                db.toAbsolutePath().toString());
        spec.commandLine().getOut().println(opened.keptCopy()
                .map(copy -> done + " " + messages.tr("cli.handover.kept", copy.toString())).orElse(done));
        return 0;
    }
}
