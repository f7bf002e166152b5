package vn.sochibo.export.doc;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Renders body blocks: the title (type bold 16 pt, subject lines bold 14 pt, "-----"), bold headings, justified
 * paragraphs (each indent level and a running-text first line indent 10 mm, wrapped lines back at the margin) and
 * thin-bordered tables with a header row repeated on every page.
 */
final class DocxBlocks {
    static final int TITLE_POINTS = 16;
    static final double INDENT_MM = 10;
    static final int AFTER_POINTS = 4;

    private DocxBlocks() {
    }

    static void render(XWPFDocument doc, Block block, int textWidthTwips) {
        if (block instanceof Title t) {
            title(doc, t);
        } else if (block instanceof Heading h) {
            heading(doc, h);
        } else if (block instanceof Paragraph p) {
            paragraph(doc, p);
        } else if (block instanceof TableBlock t) {
            table(doc, t, textWidthTwips);
        }
    }

    private static void title(XWPFDocument doc, Title t) {
        XWPFParagraph type = centred(doc.createParagraph());
        type.setSpacingBefore(18 * 20);
        DocxRuns.add(type, t.documentType(), true, false, TITLE_POINTS);
        for (String line : t.subjectLines()) {
            DocxRuns.add(centred(doc.createParagraph()), line, true, false, 0);
        }
        XWPFParagraph rule = centred(doc.createParagraph());
        rule.setSpacingAfter(10 * 20);
        DocxRuns.add(rule, "-----", false, false, 0);
    }

    private static XWPFParagraph centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        DocxRuns.tight(p, 0);
        return p;
    }

    private static void heading(XWPFDocument doc, Heading h) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        DocxRuns.tight(p, AFTER_POINTS);
        p.setSpacingBefore(6 * 20);
        p.setKeepNext(true);
        DocxRuns.add(p, h.text(), true, false, 0);
    }

    private static void paragraph(XWPFDocument doc, Paragraph para) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(DocxRuns.alignment(para.align()));
        DocxRuns.tight(p, AFTER_POINTS);
        int level = para.indentLevel() > 0 ? para.indentLevel() : para.firstLineIndent() ? 1 : 0;
        if (level > 0) {
            p.setFirstLineIndent(DocxRuns.twips(level * INDENT_MM));
        }
        para.runs().forEach(r -> DocxRuns.add(p, r));
    }

    private static void table(XWPFDocument doc, TableBlock t, int textWidthTwips) {
        XWPFTable table = doc.createTable(1 + t.rows().size(), t.header().size());
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(40, 80, 40, 80);
        DocxTables.widths(table, textWidthTwips, t.widthsPercent());
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        fill(head, t.header(), true, t.fontPoints());
        for (int r = 0; r < t.rows().size(); r++) {
            table.getRow(r + 1).setCantSplitRow(true);
            fill(table.getRow(r + 1), t.rows().get(r), false, t.fontPoints());
        }
        DocxRuns.tight(doc.createParagraph(), 0);
    }

    private static void fill(XWPFTableRow row, List<String> texts, boolean header, int points) {
        for (int c = 0; c < row.getTableCells().size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            DocxRuns.tight(p, 0);
            p.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            String text = c < texts.size() ? texts.get(c) : "";
            DocxRuns.add(p, text, header, false, points);
        }
    }
}
