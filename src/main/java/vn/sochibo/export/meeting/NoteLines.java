package vn.sochibo.export.meeting;

import java.util.List;
import vn.sochibo.export.doc.Paragraph;
import vn.sochibo.export.doc.Run;
import vn.sochibo.model.meeting.AgendaItem;

/** Turns the notes typed for an agenda item into paragraphs: one per non-blank line. */
final class NoteLines {
    private NoteLines() {
    }

    /** The non-blank lines of the notes, trimmed. */
    static List<String> of(String notes) {
        return notes == null ? List.of() : notes.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static List<String> of(List<AgendaItem> items) {
        return items.stream().flatMap(i -> of(i.notes()).stream()).toList();
    }

    /** Lines starting with "-", "+" or "•" stay list lines; others become running text. */
    static List<Paragraph> paragraphs(List<String> lines) {
        return lines.stream().map(l -> isListLine(l) ? Paragraph.line(1, Run.plain(l)) : Paragraph.text(l)).toList();
    }

    /** Every line as a "- " list line (discussion: one line per speaker). */
    static List<Paragraph> dashed(List<String> lines) {
        return lines.stream().map(l -> Paragraph.line(1, Run.plain(isListLine(l) ? l : "- " + l))).toList();
    }

    private static boolean isListLine(String l) {
        return l.startsWith("-") || l.startsWith("+") || l.startsWith("•");
    }
}
