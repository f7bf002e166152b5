package vn.sochibo.export.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.Paragraph;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.Run;
import vn.sochibo.export.doc.SignatureArea;
import vn.sochibo.export.doc.Title;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.Meeting;

/**
 * The notice (thông báo) of a meeting for members without phones: date, time, place, the content items of the
 * agenda, "Đề nghị các đồng chí đảng viên đến dự đầy đủ, đúng giờ."; signed T/M CHI ỦY when the branch has a
 * committee, else T/M CHI BỘ, by the secretary.
 */
public final class InvitationDocument {
    private InvitationDocument() {
    }

    /** The notice of the meeting, dated {@code issued}, signed by {@code secretaryName}. */
    public static PartyDocument build(BranchProfile branch, Meeting m, List<AgendaItem> items, String secretaryName,
                                      LocalDate issued) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title("THÔNG BÁO", List.of("về việc " + DocTexts.meetingSubject(m))));
        boolean hasCommittee = !branch.holders(OfficerRole.COMMITTEE_MEMBER).isEmpty();
        blocks.add(Paragraph.text((hasCommittee ? "Chi ủy " : "") + branch.branchName() + " thông báo kỳ "
                + DocTexts.meetingSubject(m) + " như sau:"));
        blocks.add(MinutesParts.labelled("Thời gian: ", DocTexts.time(m.startTime(), true) + ", "
                + DocTexts.weekday(m.date().getDayOfWeek()) + ", " + DocTexts.longDate(m.date()) + "."));
        blocks.add(MinutesParts.labelled("Địa điểm: ", (m.place().isEmpty() ? branch.meetingPlace() : m.place())
                + "."));
        blocks.add(Paragraph.line(1, Run.bold("- Nội dung:")));
        items.stream().filter(i -> !MinutesDocument.PROCEDURAL.contains(i.kind()))
                .forEach(i -> blocks.add(Paragraph.line(1, Run.plain("+ " + i.title() + ";"))));
        blocks.add(Paragraph.text("Đề nghị các đồng chí đảng viên đến dự đầy đủ, đúng giờ."));
        SignatureArea sign = new SignatureArea(Signatures.recipients("- Các đồng chí đảng viên;",
                "- Đảng ủy viên phụ trách chi bộ (để b/c);", "- Lưu chi bộ."), true,
                Signatures.onBehalf(hasCommittee ? "CHI ỦY" : "CHI BỘ", secretaryName));
        return new PartyDocument(DocTexts.margins(branch), DocTexts.header(branch, false, "",
                DocTexts.placeDate(branch.placeName(), issued)), blocks, sign);
    }
}
