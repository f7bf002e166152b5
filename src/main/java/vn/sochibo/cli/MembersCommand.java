package vn.sochibo.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.sochibo.model.AppException;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.MemberIndex;
import vn.sochibo.model.member.StatusFilter;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;

/** Prints the member list as TSV: card number, full name, birth date, status on the date; in list order. */
@Command(name = "members", mixinStandardHelpOptions = true)
public final class MembersCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "cli.members.search")
    String search = "";

    @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "cli.members.status")
    String status = "all";

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.members.on")
    String on;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(common.lang);
        StatusFilter filter = StatusFilter.fromCode(status);
        if (filter == null) {
            throw new AppException("cli.error.status", status, StatusCodes.list());
        }
        LocalDate day = CliDates.parse(on, "--on");
        try (Services services = common.openExisting()) {
            LocalDate date = day == null ? services.members().today() : day;
            List<MemberHistory> found = new MemberIndex(services.members().all()).search(search, filter, date);
            PrintWriter out = spec.commandLine().getOut();
            for (MemberHistory h : found) {
                out.println(String.join("\t", h.member().party().cardNumber(), h.member().fullName(),
                        Messages.date(h.member().identity().birthDate()),
                        messages.tr("member.status." + h.statusOn(date).primary().name())));
            }
        }
        return 0;
    }
}
