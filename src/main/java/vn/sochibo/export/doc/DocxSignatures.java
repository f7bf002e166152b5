package vn.sochibo.export.doc;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** The signature area as a borderless two-column table whose row never breaks across pages. */
final class DocxSignatures {
    private DocxSignatures() {
    }

    static void render(XWPFDocument doc, SignatureArea area, int textWidthTwips) {
        List<XWPFParagraph> body = doc.getParagraphs();
        if (!body.isEmpty()) {
            // the closing sentence goes to the next page with the signatures rather than leaving them alone there
            body.get(body.size() - 1).setKeepNext(true);
        }
        XWPFParagraph gap = doc.createParagraph();
        DocxRuns.tight(gap, 0);
        gap.setKeepNext(true);
        XWPFTable table = DocxTables.borderless(doc.createTable(1, 2));
        DocxTables.widths(table, textWidthTwips, List.of(50, 50));
        table.getRow(0).setCantSplitRow(true);
        column(table.getRow(0).getCell(0), area.left(), area.leftAligned());
        column(table.getRow(0).getCell(1), area.right(), false);
    }

    private static void column(XWPFTableCell cell, List<Run> lines, boolean leftAligned) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setAlignment(leftAligned ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            DocxRuns.tight(p, 0);
            DocxRuns.add(p, lines.get(i));
        }
    }
}
