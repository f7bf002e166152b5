package vn.sochibo.export.doc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** Reads a rendered document back as Word would see it: saved, reopened, then its paragraphs and tables. */
public final class DocxReading {
    private DocxReading() {
    }

    /** The document written to bytes and read again with POI. */
    public static XWPFDocument roundTrip(PartyDocument doc) {
        try (XWPFDocument written = new DocxWriter().render(doc); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            written.write(out);
            return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of the body paragraphs outside tables, in order. */
    public static List<String> body(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    /** The body paragraph whose text is exactly {@code text}. */
    public static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph «" + text + "» in " + body(doc)));
    }

    /** The paragraph texts of one cell of a table. */
    public static List<String> cell(XWPFTable table, int row, int column) {
        XWPFTableCell cell = table.getRow(row).getCell(column);
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    /** The last table of the document (the signature area). */
    public static XWPFTable last(XWPFDocument doc) {
        return doc.getTables().get(doc.getTables().size() - 1);
    }
}
