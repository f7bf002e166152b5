package vn.sochibo.export.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.DocumentHeader;
import vn.sochibo.export.doc.Heading;
import vn.sochibo.export.doc.PageMargins;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.Run;
import vn.sochibo.export.doc.SignatureArea;
import vn.sochibo.export.doc.TableBlock;
import vn.sochibo.export.doc.Title;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.meeting.RollEntry;

/**
 * The printable sign-in sheet of a meeting (danh sách đảng viên dự họp) for a paper roll call: the header, the
 * title and subject, a table of the members expected (STT, name, official/probationary, a column to sign, a note),
 * then apart the members attached from elsewhere, and those not expected (exempted, who may still come and sign;
 * away; suspended), so none of them reads as absent (rules.md §6).
 */
public final class SignInSheetDocument {
    static final List<Integer> WIDTHS = List.of(8, 40, 18, 17, 17);
    static final int TABLE_POINTS = 13;

    /** The words of the sheet, in the document's language. */
    public record Labels(String title, String subject, List<String> columns, String official, String probationary,
                         String attachedHeading, String apartHeading, Map<RollCategory, String> categoryNotes,
                         List<Run> signature) {
        public Labels {
            columns = List.copyOf(columns);
            categoryNotes = Map.copyOf(categoryNotes);
            signature = List.copyOf(signature);
        }
    }

    private SignInSheetDocument() {
    }

    /** The document for the roll with the given header, margins and words. */
    public static PartyDocument build(Roll roll, DocumentHeader header, PageMargins margins, Labels labels) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title(labels.title(), List.of(labels.subject())));
        blocks.add(table(pick(roll, List.of(RollCategory.EXPECTED)), labels, false));
        List<RollEntry> attached = pick(roll, List.of(RollCategory.ATTACHED));
        if (!attached.isEmpty()) {
            blocks.add(new Heading(labels.attachedHeading()));
            blocks.add(table(attached, labels, true));
        }
        List<RollEntry> apart = pick(roll, List.of(RollCategory.EXEMPTED, RollCategory.AWAY, RollCategory.SUSPENDED));
        if (!apart.isEmpty()) {
            blocks.add(new Heading(labels.apartHeading()));
            blocks.add(table(apart, labels, true));
        }
        return new PartyDocument(margins, header, blocks, new SignatureArea(List.of(), false, labels.signature()));
    }

    /** The entries of the categories, categories in the order given, names in the roll's (Vietnamese) order. */
    static List<RollEntry> pick(Roll roll, List<RollCategory> categories) {
        List<RollEntry> out = new ArrayList<>();
        for (RollCategory c : categories) {
            roll.entries().stream().filter(e -> e.category() == c).forEach(out::add);
        }
        return out;
    }

    private static TableBlock table(List<RollEntry> entries, Labels labels, boolean noteCategory) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (RollEntry e : entries) {
            String grade = e.status().isOfficial() ? labels.official()
                    : e.status().isProbationary() ? labels.probationary() : "";
            String note = noteCategory ? labels.categoryNotes().getOrDefault(e.category(), "") : "";
            rows.add(List.of(String.valueOf(n++), e.fullName(), grade, "", note));
        }
        return new TableBlock(WIDTHS, labels.columns(), rows, TABLE_POINTS);
    }
}
