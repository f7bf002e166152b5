package vn.sochibo.export.doc;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * The borderless two-column header of rules.md §4.2: left 42 % (superior line, issuer in bold, "*", number line),
 * right 58 % ("ĐẢNG CỘNG SẢN VIỆT NAM" bold 15 pt over a solid rule as long as the text, then the italic
 * place-and-date line).
 */
final class DocxHeaderTable {
    /**
     * Length of the rule under "ĐẢNG CỘNG SẢN VIỆT NAM": the text is 72.9 mm in Times New Roman (and Liberation
     * Serif) bold 15 pt; the paragraph needs a little more or the last word wraps.
     */
    static final double PARTY_LINE_MM = 76;
    static final int LEFT_PERCENT = DocumentHeader.LEFT_PERCENT;
    static final double OUTSET_MM = DocumentHeader.OUTSET_MM;
    static final int TOP_POINTS = 14;
    static final int PARTY_POINTS = 15;

    private DocxHeaderTable() {
    }

    static void render(XWPFDocument doc, DocumentHeader header, int textWidthTwips) {
        XWPFTable table = DocxTables.borderless(doc.createTable(1, 2));
        int width = textWidthTwips + 2 * DocxRuns.twips(OUTSET_MM);
        DocxTables.widths(table, width, List.of(LEFT_PERCENT, 100 - LEFT_PERCENT));
        DocxTables.indent(table, -DocxRuns.twips(OUTSET_MM));
        XWPFTableCell left = table.getRow(0).getCell(0);
        line(left.getParagraphs().get(0), upper(header.superiorLine()), false, false);
        line(left.addParagraph(), upper(header.issuerLine()), true, false);
        line(left.addParagraph(), "*", false, false);
        line(left.addParagraph(), header.numberLine(), false, false);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph party = right.getParagraphs().get(0);
        DocxRuns.add(party, DocumentHeader.PARTY_LINE, true, false, PARTY_POINTS);
        centred(party);
        rule(party, width * (100 - LEFT_PERCENT) / 100);
        line(right.addParagraph(), "", false, false);
        line(right.addParagraph(), header.placeDateLine(), false, true);
    }

    private static void line(XWPFParagraph p, String text, boolean bold, boolean italic) {
        DocxRuns.add(p, text, bold, italic, TOP_POINTS);
        centred(p);
    }

    private static void centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        DocxRuns.tight(p, 0);
    }

    /** A bottom border on the paragraph, indented on both sides so that it is as long as the party line. */
    private static void rule(XWPFParagraph p, int columnTwips) {
        int indent = Math.max(0, (columnTwips - DocxRuns.twips(PARTY_LINE_MM)) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTPBdr borders = ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
        CTBorder bottom = borders.addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(6));
        bottom.setSpace(BigInteger.valueOf(1));
        bottom.setColor("000000");
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.forLanguageTag("vi-VN"));
    }
}
