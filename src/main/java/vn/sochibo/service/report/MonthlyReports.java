package vn.sochibo.service.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.export.doc.DocxWriter;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.meeting.DocTexts;
import vn.sochibo.export.report.MonthlyReportDocument;
import vn.sochibo.model.AppException;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.report.MeetingLine;
import vn.sochibo.model.report.MemberMovements;
import vn.sochibo.model.report.MonthlyReport;
import vn.sochibo.model.report.ReportNote;
import vn.sochibo.model.report.ReportSection;
import vn.sochibo.model.report.StudyLine;
import vn.sochibo.model.report.TaskLine;
import vn.sochibo.service.Services;
import vn.sochibo.service.journal.JournalDetails;
import vn.sochibo.service.meeting.MeetingRoll;
import vn.sochibo.store.BranchRepository;
import vn.sochibo.store.ReportRepository;

/**
 * The monthly report to the ward committee (báo cáo tháng, rules.md §4.7): its figures gathered from members,
 * meetings and study sessions, the secretary's free-text sections saved per month, and the Word document, numbered
 * "Số NN-BC/CB" within the term on its first export.
 */
public final class MonthlyReports {
    /** The document type symbol of a report (báo cáo). */
    static final String DOC_TYPE = "BC";
    private final Services services;
    private final Clock clock;
    private final ReportRepository reports = new ReportRepository();
    private final BranchRepository branches = new BranchRepository();

    /** Reports over the services of one open database. */
    public MonthlyReports(Services services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    /** The figures and texts of the month. */
    public MonthlyReport report(YearMonth month) {
        List<MemberHistory> histories = services.members().all();
        LocalDate end = month.atEndOfMonth();
        List<MeetingLine> meetings = new ArrayList<>();
        List<TaskLine> tasks = new ArrayList<>();
        for (MeetingRoll mr : services.meeting().roll().between(month.atDay(1), end)) {
            long id = mr.meeting().id();
            meetings.add(MeetingLine.of(mr.meeting(), mr.roll().summary(), services.meeting().agenda().items(id)));
            for (MeetingTask t : services.meeting().agenda().tasks(id)) {
                tasks.add(TaskLine.of(t, end));
            }
        }
        List<StudyLine> studies = services.study().sessions(month.getYear()).stream()
                .filter(s -> YearMonth.from(s.session().date()).equals(month)).map(StudyLine::of).toList();
        return new MonthlyReport(month, StatusCounts.on(histories, end), MemberMovements.in(histories, month),
                meetings, tasks, studies, notes(month));
    }

    /** The sections written for the month, by section. */
    public Map<ReportSection, ReportNote> savedNotes(YearMonth month) {
        Map<ReportSection, ReportNote> out = new EnumMap<>(ReportSection.class);
        services.database().read(tx -> reports.notes(tx, month)).forEach(n -> out.put(n.section(), n));
        return out;
    }

    /** Saves one section's text for the month with a journal line, in one transaction; returns what was stored. */
    public ReportNote save(YearMonth month, ReportSection section, String text) {
        ReportNote note = new ReportNote(month, section, text, LocalDateTime.now(clock).withNano(0));
        return services.database().write(tx -> {
            reports.save(tx, note);
            services.journal().record(tx, JournalAction.REPORT_CHANGED, subject(month),
                    JournalDetails.of("report.journal.saved." + section.name(), subject(month)));
            return note;
        });
    }

    /** The report as a Party document, with its number once it has one, dated today. */
    public PartyDocument document(YearMonth month) {
        BranchProfile b = branch();
        Integer n = services.database().read(tx -> reports.number(tx, month)).orElse(null);
        return build(b, month, n == null ? "" : b.documents().numberLine(n, DOC_TYPE));
    }

    /** Numbers the report if it has no number yet, then writes it as .docx; returns the file written. */
    public Path write(YearMonth month, Path target) {
        BranchProfile b = branch();
        int n = number(month);
        return new DocxWriter().write(build(b, month, b.documents().numberLine(n, DOC_TYPE)), target);
    }

    /** The month's report number, taking the next "BC" number of the term on first use, in one transaction. */
    public int number(YearMonth month) {
        return services.database().write(tx -> reports.number(tx, month).orElseGet(() -> {
            BranchProfile b = branches.load(tx).orElseThrow(() -> new AppException("document.error.noBranch"));
            int n = branches.nextNumber(tx, DOC_TYPE, b.termStart());
            reports.saveNumber(tx, month, n);
            return n;
        }));
    }

    private PartyDocument build(BranchProfile b, YearMonth month, String numberLine) {
        return MonthlyReportDocument.build(b, report(month), numberLine,
                DocTexts.placeDate(b.placeName(), LocalDate.now(clock)), secretaryName(b));
    }

    private Map<ReportSection, String> notes(YearMonth month) {
        Map<ReportSection, String> out = new EnumMap<>(ReportSection.class);
        savedNotes(month).forEach((s, n) -> out.put(s, n.text()));
        return out;
    }

    private BranchProfile branch() {
        return services.branch().profile().orElseThrow(() -> new AppException("document.error.noBranch"));
    }

    private String secretaryName(BranchProfile b) {
        List<Long> ids = b.holders(OfficerRole.SECRETARY);
        return ids.isEmpty() ? "" : services.members().all().stream().filter(h -> h.member().id() == ids.get(0))
                .map(h -> h.member().fullName()).findFirst().orElse("");
    }

    private static String subject(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
