package vn.sochibo.export.meeting;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.Heading;
import vn.sochibo.export.doc.Paragraph;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.Run;
import vn.sochibo.export.doc.SignatureArea;
import vn.sochibo.export.doc.Title;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.DecisionType;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingTask;

/**
 * The monthly resolution (nghị quyết, rules.md §4.6): "Căn cứ …" lines, "Chi bộ quyết nghị:" with I results of the
 * past month (review notes), II tasks for the coming month (next-task notes and tasks decided), III assignment
 * (tasks with owners and due dates); "Nơi nhận" on the left, "T/M CHI BỘ / BÍ THƯ" on the right.
 */
public final class ResolutionDocument {
    /** The grounds every monthly resolution cites [U: the ward may ask for others]. */
    static final List<String> GROUNDS = List.of("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            "Căn cứ Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;");

    private ResolutionDocument() {
    }

    /** The resolution of the meeting, numbered with {@code numberLine} ("Số 05-NQ/CB"). */
    public static PartyDocument build(MinutesContent c, String numberLine) {
        Meeting m = c.meeting();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title("NGHỊ QUYẾT", List.of("chi bộ tháng " + DocTexts.month(m.date().getMonthValue())
                + " năm " + m.date().getYear())));
        GROUNDS.forEach(g -> blocks.add(Paragraph.line(1, Run.plain("- " + g))));
        blocks.add(Paragraph.line(1, Run.plain("- Căn cứ kết quả sinh hoạt chi bộ " + DocTexts.longDate(m.date())
                + ",")));
        blocks.add(Paragraph.line(0, Run.bold("Chi bộ quyết nghị:")));
        blocks.add(new Heading("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG QUA"));
        blocks.addAll(orEllipsis(NoteLines.of(c.itemsOf(AgendaKind.REVIEW))));
        blocks.add(new Heading("II. NHIỆM VỤ THÁNG TỚI"));
        List<String> next = new ArrayList<>(NoteLines.of(c.itemsOf(AgendaKind.NEXT_TASKS)));
        c.tasks().forEach(t -> next.add("- " + t.text().strip().replaceAll("[.;]$", "") + "."));
        blocks.addAll(orEllipsis(next));
        blocks.add(new Heading("III. TỔ CHỨC THỰC HIỆN"));
        for (MeetingTask t : c.tasks()) {
            blocks.add(Paragraph.line(1, Run.plain("- " + MinutesDocument.taskText(c, t))));
        }
        blocks.add(Paragraph.text("Chi ủy (bí thư) chi bộ có trách nhiệm triển khai, đôn đốc các đồng chí đảng viên "
                + "thực hiện nghị quyết này." + adoption(c)));
        SignatureArea sign = new SignatureArea(Signatures.recipients("- Đảng ủy phường (để b/c);", "- Lưu chi bộ."),
                true, Signatures.onBehalf("CHI BỘ", c.secretaryName()));
        return new PartyDocument(DocTexts.margins(c.branch()), DocTexts.header(c.branch(), false, numberLine,
                c.placeDateLine()), blocks, sign);
    }

    private static List<Block> orEllipsis(List<String> lines) {
        return lines.isEmpty() ? List.of(Paragraph.text("…")) : new ArrayList<>(NoteLines.paragraphs(lines));
    }

    /** " Nghị quyết được … thông qua với …" from the first passed ordinary vote, if any. */
    private static String adoption(MinutesContent c) {
        return c.votes().stream().filter(o -> o.passed() && o.vote().decision() == DecisionType.ORDINARY).findFirst()
                .map(o -> " Nghị quyết được chi bộ biểu quyết thông qua với " + o.vote().yes() + "/" + o.denominator()
                        + " đồng chí tán thành (" + DocTexts.percent(o.percent()) + "%).").orElse("");
    }
}
