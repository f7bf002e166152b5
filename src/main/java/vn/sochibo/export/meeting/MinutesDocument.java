package vn.sochibo.export.meeting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.sochibo.export.doc.Align;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.Heading;
import vn.sochibo.export.doc.Paragraph;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.Run;
import vn.sochibo.export.doc.SignatureArea;
import vn.sochibo.export.doc.Title;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.MeetingType;

/**
 * The minutes (biên bản) of a meeting: regular and extraordinary meetings per rules.md §4.3, thematic meetings per
 * §4.4 (topic and presenter), committee meetings per §4.5. Minutes not yet adopted say "DỰ THẢO" under the title.
 */
public final class MinutesDocument {
    /** Items placed elsewhere than under the content heading (the head block, discussion, conclusion, …). */
    static final Set<AgendaKind> PROCEDURAL = EnumSet.of(AgendaKind.MINUTE_TAKER, AgendaKind.ATTENDANCE,
            AgendaKind.ADOPT_AGENDA, AgendaKind.DISCUSSION, AgendaKind.CONCLUSION, AgendaKind.VOTE,
            AgendaKind.GRADING, AgendaKind.READ_BACK);
    static final String DRAFT_NOTE = "DỰ THẢO – biên bản chưa được thông qua";

    private MinutesDocument() {
    }

    /** The minutes for the content, in the layout of the meeting's type. */
    public static PartyDocument build(MinutesContent c) {
        boolean committee = c.meeting().type() == MeetingType.COMMITTEE;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title("BIÊN BẢN", List.of(DocTexts.meetingSubject(c.meeting()))));
        if (!c.meeting().isAdopted()) {
            blocks.add(new Paragraph(List.of(Run.italic(DRAFT_NOTE)), Align.CENTRE, 0, false));
        }
        blocks.addAll(MinutesParts.opening(c));
        if (committee) {
            blocks.add(MinutesParts.labelled("Chi ủy viên có mặt: ", c.roll().present() + "/" + c.roll().expected()
                    + "; " + DocTexts.lowerFirst(MinutesParts.absences(c.roll()))));
        } else {
            blocks.addAll(MinutesParts.attendance(c.roll()));
        }
        blocks.addAll(c.meeting().type() == MeetingType.THEMATIC ? thematic(c) : committee ? committee(c) : regular(c));
        blocks.add(MinutesParts.closing(c, committee ? "Cuộc họp" : "Buổi sinh hoạt", committee ? "chi ủy" : "chi bộ"));
        return new PartyDocument(DocTexts.margins(c.branch()),
                DocTexts.header(c.branch(), committee, c.numberLine(), c.placeDateLine()), blocks, signatures(c));
    }

    private static List<Block> regular(MinutesContent c) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading("I. NỘI DUNG SINH HOẠT"));
        out.addAll(contentItems(c));
        out.add(new Heading("II. Ý KIẾN THẢO LUẬN"));
        out.addAll(discussion(c));
        out.add(new Heading("III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"));
        out.addAll(conclusion(c));
        out.add(new Heading("IV. BIỂU QUYẾT"));
        out.addAll(MinutesParts.votes(c.votes()));
        out.add(new Heading("V. ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT"));
        out.add(MinutesParts.grade(c));
        return out;
    }

    private static List<Block> thematic(MinutesContent c) {
        List<Block> out = new ArrayList<>();
        String topic = c.meeting().topic().isEmpty() ? "…" : "“" + c.meeting().topic() + "”";
        String presenter = c.meeting().presenter().isEmpty() ? "…" : "đồng chí " + c.meeting().presenter();
        out.add(new Heading("I. TÊN CHUYÊN ĐỀ: " + topic));
        out.add(MinutesParts.labelled("Người chuẩn bị, trình bày: ", presenter + "."));
        out.add(new Heading("II. TÓM TẮT NỘI DUNG CHUYÊN ĐỀ"));
        out.addAll(contentItems(c));
        out.add(new Heading("III. Ý KIẾN THẢO LUẬN, LIÊN HỆ THỰC TẾ"));
        out.addAll(discussion(c));
        out.add(new Heading("IV. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"));
        out.addAll(conclusion(c));
        out.add(new Heading("V. BIỂU QUYẾT"));
        out.addAll(MinutesParts.votes(c.votes()));
        out.add(new Heading("VI. ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT CHUYÊN ĐỀ"));
        out.add(MinutesParts.grade(c));
        return out;
    }

    private static List<Block> committee(MinutesContent c) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading("I. NỘI DUNG CUỘC HỌP"));
        out.addAll(contentItems(c));
        out.add(new Heading("II. Ý KIẾN THẢO LUẬN"));
        out.addAll(discussion(c));
        out.add(new Heading("III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"));
        out.addAll(conclusion(c));
        if (!c.votes().isEmpty()) {
            out.add(new Heading("IV. BIỂU QUYẾT"));
            out.addAll(MinutesParts.votes(c.votes()));
        }
        return out;
    }

    /** Content items numbered 1, 2, … with their notes; the review lists tasks carried over, next tasks the new ones. */
    static List<Block> contentItems(MinutesContent c) {
        List<Block> out = new ArrayList<>();
        int n = 0;
        for (AgendaItem item : c.items()) {
            if (PROCEDURAL.contains(item.kind())) {
                continue;
            }
            out.add(Paragraph.line(1, Run.bold(++n + ". " + item.title())));
            out.addAll(NoteLines.paragraphs(NoteLines.of(item.notes())));
            if (item.kind() == AgendaKind.REVIEW && !c.carriedOver().isEmpty()) {
                out.add(Paragraph.line(1, Run.italic("Nhiệm vụ từ các kỳ trước:")));
                c.carriedOver().forEach(t -> out.add(Paragraph.line(1, Run.plain("- " + taskText(c, t)))));
            }
            if (item.kind() == AgendaKind.NEXT_TASKS && !c.tasks().isEmpty()) {
                c.tasks().forEach(t -> out.add(Paragraph.line(1, Run.plain("- " + taskText(c, t)))));
            }
        }
        return out;
    }

    /** "Text (phụ trách: X; thời hạn: 30/11/2026)". */
    static String taskText(MinutesContent c, MeetingTask t) {
        List<String> parts = new ArrayList<>();
        String owner = c.ownerOf(t);
        if (!owner.isEmpty()) {
            parts.add("phụ trách: " + (t.ownerCommittee() ? owner : "đồng chí " + owner));
        }
        if (t.dueDate() != null) {
            parts.add("thời hạn: " + DocTexts.shortDate(t.dueDate()));
        }
        String text = t.text().strip().replaceAll("[.;]$", "");
        return parts.isEmpty() ? text + "." : text + " (" + String.join("; ", parts) + ").";
    }

    private static List<Block> discussion(MinutesContent c) {
        List<String> lines = NoteLines.of(c.itemsOf(AgendaKind.DISCUSSION));
        if (lines.isEmpty()) {
            return List.of(Paragraph.line(1, Run.plain("- Không có ý kiến.")));
        }
        return new ArrayList<>(NoteLines.dashed(lines));
    }

    private static List<Block> conclusion(MinutesContent c) {
        List<String> lines = NoteLines.of(c.itemsOf(AgendaKind.CONCLUSION));
        return lines.isEmpty() ? List.of(Paragraph.text("…")) : new ArrayList<>(NoteLines.paragraphs(lines));
    }

    private static SignatureArea signatures(MinutesContent c) {
        return new SignatureArea(Signatures.signer("THƯ KÝ", c.minuteTakerName()), false,
                Signatures.signer("CHỦ TRÌ", c.chairName()));
    }
}
