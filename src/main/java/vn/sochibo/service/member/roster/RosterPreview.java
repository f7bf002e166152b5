package vn.sochibo.service.member.roster;

import java.nio.file.Path;
import java.util.List;
import vn.sochibo.model.member.MemberHistory;

/**
 * What importing a roster file would do, computed without writing anything: the sheet read, every member found
 * (with the row they came from) and every problem by row and column. Import is allowed only without errors.
 */
public record RosterPreview(Path file, String sheet, List<RosterEntry> entries, List<RosterProblem> problems) {
    public RosterPreview {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** The members with their histories, ready for {@code MemberService.insertAll}. */
    public List<MemberHistory> ready() {
        return entries.stream().map(RosterEntry::history).toList();
    }

    public long errorCount() {
        return problems.stream().filter(RosterProblem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
