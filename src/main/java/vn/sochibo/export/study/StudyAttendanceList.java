package vn.sochibo.export.study;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.DocumentHeader;
import vn.sochibo.export.doc.Heading;
import vn.sochibo.export.doc.PageMargins;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.Run;
import vn.sochibo.export.doc.SignatureArea;
import vn.sochibo.export.doc.TableBlock;
import vn.sochibo.export.doc.Title;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.study.StudyEntry;
import vn.sochibo.model.study.StudySummary;

/**
 * The printable list of members taking part in a study session (danh sách đảng viên tham gia học tập, quán triệt)
 * for signing on paper: the official header, the title with the document and the session line, a table of the
 * members expected (STT, name, a column to sign, a note), then apart those not expected with where they stand, so
 * none of them reads as absent, and the signatures of the person who drew it up and of the secretary.
 */
public final class StudyAttendanceList {
    static final String TITLE = "DANH SÁCH ĐẢNG VIÊN THAM GIA HỌC TẬP, QUÁN TRIỆT";
    static final List<String> COLUMNS = List.of("STT", "Họ và tên", "Ký tên", "Ghi chú");
    static final List<Integer> WIDTHS = List.of(9, 43, 24, 24);
    static final int TABLE_POINTS = 13;
    private static final int ROOM_LINES = 3;

    private StudyAttendanceList() {
    }

    /** The list of the session with the branch's header and margins; {@code secretary} may be empty. */
    public static PartyDocument build(StudySummary s, DocumentHeader header, PageMargins margins, String secretary) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title(TITLE, List.of(StudyTexts.document(s.session()),
                StudyTexts.sessionLine(s.session()))));
        List<StudyEntry> expected = s.entries().stream().filter(StudyEntry::expected).toList();
        blocks.add(table(expected, false));
        List<StudyEntry> apart = s.entries().stream().filter(e -> !e.expected()).toList();
        if (!apart.isEmpty()) {
            blocks.add(new Heading("Đảng viên không phải học (không tính là vắng mặt)"));
            blocks.add(table(apart, true));
        }
        return new PartyDocument(margins, header, blocks, new SignatureArea(maker(), false, secretary(secretary)));
    }

    private static TableBlock table(List<StudyEntry> entries, boolean noteCategory) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (StudyEntry e : entries) {
            String note = noteCategory && e.category() != RollCategory.EXPECTED ? StudyTexts.category(e.category())
                    : "";
            rows.add(List.of(String.valueOf(n++), e.fullName(), "", note));
        }
        return new TableBlock(WIDTHS, COLUMNS, rows, TABLE_POINTS);
    }

    private static List<Run> maker() {
        List<Run> lines = new ArrayList<>(List.of(Run.bold("NGƯỜI LẬP DANH SÁCH"),
                Run.italic("(ký, ghi rõ họ tên)")));
        for (int i = 0; i < ROOM_LINES; i++) {
            lines.add(Run.plain(""));
        }
        return lines;
    }

    private static List<Run> secretary(String name) {
        List<Run> lines = new ArrayList<>(List.of(Run.bold("T/M CHI BỘ"), Run.bold("BÍ THƯ")));
        for (int i = 0; i < ROOM_LINES; i++) {
            lines.add(Run.plain(""));
        }
        lines.add(Run.bold(name == null ? "" : name));
        return lines;
    }
}
