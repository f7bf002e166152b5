package vn.sochibo.ui.print;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.doc.Align;
import vn.sochibo.export.doc.Run;
import vn.sochibo.export.doc.TableBlock;

/** The rows of a table: the bold centred header row, kept with the first row and repeated on every page. */
final class TableSlabs {
    private final LineBreaker breaker;
    private final PageGeometry g;

    TableSlabs(LineBreaker breaker, PageGeometry g) {
        this.breaker = breaker;
        this.g = g;
    }

    List<Slab> rows(TableBlock t, double spaceBefore) {
        RowSlab header = row(t, t.header(), true, null, spaceBefore);
        List<Slab> rows = new ArrayList<>();
        rows.add(header);
        for (List<String> cells : t.rows()) {
            rows.add(row(t, cells, false, header, 0));
        }
        return rows;
    }

    private RowSlab row(TableBlock t, List<String> texts, boolean bold, RowSlab header, double spaceBefore) {
        List<Column> cells = new ArrayList<>();
        double x = g.left();
        for (int c = 0; c < t.widthsPercent().size(); c++) {
            double width = g.textWidth() * t.widthsPercent().get(c) / 100;
            String text = c < texts.size() ? texts.get(c) : "";
            double inner = width - 2 * RowSlab.PAD_H;
            List<TextLine> lines = breaker.lines(List.of(new Run(text, bold, false, t.fontPoints())), inner, inner);
            cells.add(new Column(x, width, bold ? Align.CENTRE : Align.LEFT, lines));
            x += width;
        }
        return new RowSlab(cells, header, bold, spaceBefore);
    }
}
