package vn.sochibo.ui.print;

import java.util.List;
import java.util.Locale;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import vn.sochibo.export.doc.Align;
import vn.sochibo.export.doc.DocumentHeader;
import vn.sochibo.export.doc.Run;

/**
 * The borderless two-column header of the first page (rules.md §4.2), as in the Word file: left 42 % the superior
 * line, the issuer in bold, "*" and the number line, all 14 pt; right 58 % "ĐẢNG CỘNG SẢN VIỆT NAM" bold 15 pt over
 * a rule as long as the text, an empty line, then the italic place-and-date line.
 */
final class HeaderSlab implements Slab {
    static final int LEFT_PERCENT = DocumentHeader.LEFT_PERCENT;
    static final int LINE_POINTS = 14;
    static final int PARTY_POINTS = 15;
    static final double RULE_WIDTH = 0.75;
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private final ColumnsSlab columns;
    private final double ruleX;
    private final double ruleLength;
    private final double ruleY;

    HeaderSlab(DocumentHeader h, LineBreaker breaker, PageGeometry g) {
        double outset = PageGeometry.mm(DocumentHeader.OUTSET_MM);
        double fullWidth = g.textWidth() + 2 * outset;
        double leftWidth = fullWidth * LEFT_PERCENT / 100;
        double rightX = g.left() - outset + leftWidth;
        double rightWidth = fullWidth - leftWidth;
        Column left = column(breaker, g.left() - outset, leftWidth, List.of(
                new Run(h.superiorLine().toUpperCase(VI), false, false, LINE_POINTS),
                new Run(h.issuerLine().toUpperCase(VI), true, false, LINE_POINTS),
                new Run("*", false, false, LINE_POINTS),
                new Run(h.numberLine(), false, false, LINE_POINTS)));
        List<TextLine> party = breaker.lines(List.of(new Run(DocumentHeader.PARTY_LINE, true, false, PARTY_POINTS)),
                rightWidth, rightWidth);
        Column right = column(breaker, rightX, rightWidth, List.of(
                new Run(DocumentHeader.PARTY_LINE, true, false, PARTY_POINTS),
                new Run("", false, false, LINE_POINTS),
                new Run(h.placeDateLine(), false, true, LINE_POINTS)));
        columns = new ColumnsSlab(List.of(left, right), 0);
        ruleLength = party.get(0).naturalWidth();
        ruleX = rightX + (rightWidth - ruleLength) / 2;
        ruleY = TextLines.height(party) + 1;
    }

    /** Each run on its own line (or lines, when it is longer than the column), centred. */
    private static Column column(LineBreaker breaker, double x, double width, List<Run> lines) {
        List<TextLine> all = lines.stream().flatMap(r -> breaker.lines(List.of(r), width, width).stream()).toList();
        return new Column(x, width, Align.CENTRE, all);
    }

    @Override
    public double height() {
        return columns.height();
    }

    @Override
    public void place(Pane page, double top) {
        columns.place(page, top);
        Line rule = new Line(ruleX, top + ruleY, ruleX + ruleLength, top + ruleY);
        rule.setStroke(Color.BLACK);
        rule.setStrokeWidth(RULE_WIDTH);
        page.getChildren().add(rule);
    }
}
