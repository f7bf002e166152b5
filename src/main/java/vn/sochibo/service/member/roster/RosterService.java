package vn.sochibo.service.member.roster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.sochibo.export.SheetModel;
import vn.sochibo.export.TableRow;
import vn.sochibo.export.TableSheet;
import vn.sochibo.export.XlsxTableReader;
import vn.sochibo.export.XlsxWriter;
import vn.sochibo.model.AppException;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.text.VietnameseNames;
import vn.sochibo.service.branch.BranchService;
import vn.sochibo.service.member.MemberService;

/**
 * The register in Excel, both ways. Import reads a roster (our own export, a Mẫu 7-HSĐV register or a plain list),
 * previews every member and every problem by row and column without writing, and writes all members in one
 * transaction only when there is no error. Export writes the register, the lossless data and the histories.
 */
public final class RosterService {
    private static final Set<EventType> ARRIVALS = Set.of(EventType.ADMITTED, EventType.TRANSFERRED_IN,
            EventType.ATTACHED_IN);
    private final MemberService members;
    private final BranchService branch;
    private final XlsxTableReader reader;

    public RosterService(MemberService members, BranchService branch) {
        this(members, branch, new XlsxTableReader());
    }

    /** A service reading with the given reader (tests use a lower row limit). */
    public RosterService(MemberService members, BranchService branch, XlsxTableReader reader) {
        this.members = members;
        this.branch = branch;
        this.reader = reader;
    }

    /** Reads the file and checks every row against the rules and the database; never writes. */
    public RosterPreview preview(Path file) {
        List<TableSheet> sheets = reader.read(file);
        if (sheets.stream().allMatch(s -> s.rows().isEmpty())) {
            throw new AppException("roster.error.empty", file.getFileName().toString());
        }
        RosterLayout layout = RosterHeaders.find(sheets);
        if (layout == null) {
            throw new AppException("roster.error.noHeader", file.getFileName().toString());
        }
        boolean own = RosterHeaders.sameName(layout.sheet(), RosterHeaders.DATA_SHEET);
        RosterEventsSheet events = own ? RosterEventsSheet.read(sheets) : RosterEventsSheet.read(List.of());
        List<ReadRow> rows = readRows(layout, events);
        if (rows.isEmpty()) {
            throw new AppException("roster.error.noRows", layout.sheet().name());
        }
        RosterChecks checks = new RosterChecks(members.today(), members.all());
        rows.forEach(checks::checkRules);
        checks.checkDuplicates(rows);
        return preview(file, layout, rows, events.problems());
    }

    /**
     * Writes the previewed members with their histories in one transaction, journalling the import in it;
     * refuses when there is any error.
     */
    public int importPreviewed(RosterPreview preview) {
        if (preview.hasErrors()) {
            throw new AppException("roster.error.hasErrors", preview.errorCount());
        }
        return members.importAll(preview.ready(), preview.file().getFileName().toString());
    }

    /** Writes the workbook of every member ever on the list to {@code target}; returns how many members. */
    public int export(Path target) {
        List<MemberHistory> ordered = ordered(members.all());
        new XlsxWriter().write(sheets(ordered), target);
        return ordered.size();
    }

    /** The three sheets of the export, for the given members already in register order. */
    List<SheetModel> sheets(List<MemberHistory> ordered) {
        return List.of(RosterRegisterSheet.build(ordered, branch.profile(), members.today()),
                RosterDataSheets.data(ordered), RosterDataSheets.events(ordered));
    }

    /** Register order: date of arrival in the branch, then Vietnamese name order. */
    static List<MemberHistory> ordered(List<MemberHistory> all) {
        Comparator<MemberHistory> byArrival = Comparator.comparing(RosterService::arrival,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<MemberHistory> byName = VietnameseNames.byName(h -> h.member().fullName());
        return all.stream().sorted(byArrival.thenComparing(byName)
                .thenComparingLong(h -> h.member().id())).toList();
    }

    private static LocalDate arrival(MemberHistory h) {
        return h.events().stream().filter(e -> ARRIVALS.contains(e.type())).map(MemberEvent::date).findFirst()
                .orElse(h.member().party().admissionDate());
    }

    private static List<ReadRow> readRows(RosterLayout layout, RosterEventsSheet events) {
        List<ReadRow> rows = new ArrayList<>();
        List<TableRow> all = layout.sheet().rows();
        for (TableRow row : all.subList(layout.firstData(), all.size())) {
            if (row.isBlank() || repeatsHeader(layout, row)) {
                continue;
            }
            RowRead r = new RowRead(layout, row);
            var member = RosterMemberReader.read(r);
            String key = r.text(RosterField.NUMBER).strip();
            List<SourcedEvent> own = key.isEmpty() ? null : events.take(key, member.fullName());
            rows.add(new ReadRow(r, member, own != null ? own : RosterEventReader.derive(r, member)));
        }
        return rows;
    }

    /** Header rows repeated further down (pasted pages) and rows of column numbers are not members. */
    private static boolean repeatsHeader(RosterLayout layout, TableRow row) {
        Object name = layout.cell(row, RosterField.FULL_NAME);
        return RosterHeaders.isNumbering(row)
                || name instanceof String s && RosterHeaders.field(s) == RosterField.FULL_NAME;
    }

    private static RosterPreview preview(Path file, RosterLayout layout, List<ReadRow> rows,
                                         List<RosterProblem> eventSheetProblems) {
        List<RosterEntry> entries = new ArrayList<>();
        List<RosterProblem> problems = new ArrayList<>();
        for (ReadRow row : rows) {
            List<RosterProblem> own = row.read().problems().stream().distinct().toList();
            entries.add(new RosterEntry(row.row(), row.history(), own.stream().anyMatch(RosterProblem::isError)));
            problems.addAll(own);
        }
        problems.addAll(eventSheetProblems);
        problems.sort(Comparator.comparing((RosterProblem p) -> p.sheet() != null).thenComparingInt(RosterProblem::row));
        return new RosterPreview(file, layout.sheet().name(), entries, problems.stream().distinct().toList());
    }
}
