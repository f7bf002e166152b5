package vn.sochibo.ui.print;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.doc.Align;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.Heading;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.Paragraph;
import vn.sochibo.export.doc.Run;
import vn.sochibo.export.doc.SignatureArea;
import vn.sochibo.export.doc.TableBlock;
import vn.sochibo.export.doc.Title;

/**
 * Turns a document into the slabs of the page flow with the spacing of the Word file: title (type bold 16 pt after
 * 18 pt, subject lines bold 14, "-----" then 10 pt), headings (bold, 6 pt before), paragraphs (4 pt after; the first
 * line indented 10 mm per indent level or for running text), tables, and the signature area after an empty line.
 */
final class BlockSlabs {
    static final int TITLE_POINTS = 16;
    static final double INDENT_MM = 10;
    static final double AFTER_POINTS = 4;
    private final LineBreaker breaker;
    private final PageGeometry g;
    private final List<Slab> out = new ArrayList<>();
    private double pendingSpace;

    BlockSlabs(LineBreaker breaker, PageGeometry g) {
        this.breaker = breaker;
        this.g = g;
    }

    List<Slab> slabs(PartyDocument doc) {
        out.add(new HeaderSlab(doc.header(), breaker, g));
        doc.blocks().forEach(this::block);
        if (doc.signatures() != null) {
            signatures(doc.signatures());
        }
        return out;
    }

    private void block(Block block) {
        if (block instanceof Title t) {
            title(t);
        } else if (block instanceof Heading h) {
            pendingSpace += 6;
            lines(List.of(Run.bold(h.text())), Align.JUSTIFY, 0, true);
            pendingSpace = AFTER_POINTS;
        } else if (block instanceof Paragraph p) {
            int level = p.indentLevel() > 0 ? p.indentLevel() : p.firstLineIndent() ? 1 : 0;
            lines(p.runs(), p.align(), PageGeometry.mm(level * INDENT_MM), false);
            pendingSpace = AFTER_POINTS;
        } else if (block instanceof TableBlock t) {
            out.addAll(new TableSlabs(breaker, g).rows(t, pendingSpace));
            pendingSpace = 0;
            lines(List.of(Run.plain("")), Align.LEFT, 0, false);
        }
    }

    private void title(Title t) {
        pendingSpace = 18;
        lines(List.of(new Run(t.documentType(), true, false, TITLE_POINTS)), Align.CENTRE, 0, true);
        t.subjectLines().forEach(s -> lines(List.of(Run.bold(s)), Align.CENTRE, 0, true));
        lines(List.of(Run.plain("-----")), Align.CENTRE, 0, true);
        pendingSpace = 10;
    }

    /** The lines of a paragraph; the first carries the space before it. */
    private void lines(List<Run> runs, Align align, double firstIndent, boolean keepWithNext) {
        List<TextLine> lines = breaker.lines(runs, g.textWidth() - firstIndent, g.textWidth());
        for (int i = 0; i < lines.size(); i++) {
            double x = g.left() + (i == 0 ? firstIndent : 0);
            double width = g.textWidth() - (i == 0 ? firstIndent : 0);
            out.add(new LineSlab(lines.get(i), x, width, align, i == 0 ? pendingSpace : 0,
                    keepWithNext || i < Math.min(lines.size() - 1, 1)));
        }
        pendingSpace = 0;
    }

    private void signatures(SignatureArea s) {
        double half = g.textWidth() / 2;
        Column left = column(s.left(), g.left(), half, s.leftAligned() ? Align.LEFT : Align.CENTRE);
        Column right = column(s.right(), g.left() + half, half, Align.CENTRE);
        double emptyLine = breaker.lines(List.of(Run.plain("")), half, half).get(0).height();
        out.add(new ColumnsSlab(List.of(left, right), pendingSpace + emptyLine));
    }

    private Column column(List<Run> lines, double x, double width, Align align) {
        List<TextLine> all = lines.stream().flatMap(r -> breaker.lines(List.of(r), width, width).stream()).toList();
        return new Column(x, width, align, all);
    }
}
