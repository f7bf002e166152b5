package vn.sochibo.service.study;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.export.XlsxWriter;
import vn.sochibo.export.doc.DocumentHeader;
import vn.sochibo.export.doc.DocxWriter;
import vn.sochibo.export.doc.PageMargins;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.meeting.DocTexts;
import vn.sochibo.export.study.StudyAttendanceList;
import vn.sochibo.export.study.StudyHeading;
import vn.sochibo.export.study.StudyMember;
import vn.sochibo.export.study.StudySessionSheet;
import vn.sochibo.export.study.StudyYearWorkbook;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.model.text.VietnameseNames;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;

/**
 * The study sessions' documents for the ward (rules.md §7), always in Vietnamese: Excel per session and per year,
 * and the printable attendance list.
 */
public final class StudyDocuments {
    private final Services services;
    private final Messages vietnamese = Messages.forLanguage("vi");

    public StudyDocuments(Services services) {
        this.services = services;
    }

    /** Writes the year's workbook: members × sessions with participation rates per member and per session. */
    public void writeYear(int year, Path out) {
        List<StudySummary> sessions = services.study().sessions(year);
        LocalDate on = sessions.isEmpty() ? LocalDate.of(year, 12, 31)
                : sessions.get(sessions.size() - 1).session().date();
        new XlsxWriter().write(StudyYearWorkbook.build(heading(), year, members(on), sessions), out);
    }

    /** Writes one session's attendance workbook (expected members, marks, reasons, make-ups, reflections, rate). */
    public void writeSession(long sessionId, Path out) {
        new XlsxWriter().write(List.of(StudySessionSheet.build(heading(), services.study().summary(sessionId))), out);
    }

    /** The printable attendance list of one session, laid out like the other party documents. */
    public PartyDocument attendanceList(long sessionId) {
        StudySummary s = services.study().summary(sessionId);
        Optional<BranchProfile> branch = services.branch().profile();
        PageMargins margins = branch.map(DocTexts::margins).orElse(PageMargins.DEFAULT);
        DocumentHeader header = branch.map(b -> new DocumentHeader(b.superiorName().toUpperCase(vietnamese.locale()),
                b.branchName().toUpperCase(vietnamese.locale()), "", DocTexts.placeDate(b.placeName(),
                        s.session().date()))).orElse(new DocumentHeader("", "", "", ""));
        return StudyAttendanceList.build(s, header, margins, branch.map(this::secretary).orElse(""));
    }

    /** Writes the printable attendance list of one session as Word. */
    public void writeAttendanceList(long sessionId, Path out) {
        new DocxWriter().write(attendanceList(sessionId), out);
    }

    private StudyHeading heading() {
        return services.branch().profile().map(b -> new StudyHeading(b.superiorName(), b.branchName()))
                .orElse(new StudyHeading("", ""));
    }

    /** Every member in Vietnamese name order (as on the rolls) with their status on the date, in words. */
    private List<StudyMember> members(LocalDate on) {
        List<StudyMember> out = new ArrayList<>();
        for (MemberHistory h : services.members().all()) {
            out.add(new StudyMember(h.member().id(), h.member().fullName(),
                    vietnamese.tr("member.status." + h.statusOn(on).primary().name())));
        }
        out.sort(VietnameseNames.byName(StudyMember::fullName));
        return out;
    }

    private String secretary(BranchProfile b) {
        List<Long> ids = b.holders(OfficerRole.SECRETARY);
        if (ids.isEmpty()) {
            return "";
        }
        return services.members().all().stream().filter(h -> h.member().id() == ids.get(0))
                .map(h -> h.member().fullName()).findFirst().orElse("");
    }
}
