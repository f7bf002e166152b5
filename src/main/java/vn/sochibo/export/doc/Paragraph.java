package vn.sochibo.export.doc;

import java.util.List;

/**
 * A body paragraph: its runs, alignment, indent level (0 none; each level about 10 mm, for "-" and "+" lines) and
 * whether the first line is indented (running text).
 */
public record Paragraph(List<Run> runs, Align align, int indentLevel, boolean firstLineIndent) implements Block {
    public Paragraph {
        runs = List.copyOf(runs);
        align = align == null ? Align.JUSTIFY : align;
    }

    /** Running text, justified with a first-line indent. */
    public static Paragraph text(String text) {
        return new Paragraph(List.of(Run.plain(text)), Align.JUSTIFY, 0, true);
    }

    /** A line at the given indent level, justified, made of the runs. */
    public static Paragraph line(int indentLevel, Run... runs) {
        return new Paragraph(List.of(runs), Align.JUSTIFY, indentLevel, false);
    }

    /** The paragraph's text without styles. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }
}
