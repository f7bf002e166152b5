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
import vn.sochibo.service.handover.CreatedKit;
import vn.sochibo.service.handover.HandoverService;
import vn.sochibo.store.DatabaseLocation;

/** {@code handover create --out KIT [--documents DIR]}: writes the hand-over kit of the database and prints its path. */
@Command(name = "create", mixinStandardHelpOptions = true)
public final class HandoverCreateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "KIT", required = true, descriptionKey = "cli.handover.out")
    Path out;

    @Option(names = "--documents", paramLabel = "DIR", descriptionKey = "cli.handover.documents")
    Path documents;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        Path db = DatabaseLocation.resolve(common.db);
        Path folder = documents != null ? documents : HandoverService.defaultDocuments(db);
        CreatedKit kit = new HandoverService(Clock.systemDefaultZone()).create(db, folder, out);
        spec.commandLine().getOut().println(messages.tr("cli.handover.created", kit.kit().toString(),
                String.valueOf(kit.manifest().memberCount()), String.valueOf(kit.manifest().documentCount())));
        return 0;
    }
}
