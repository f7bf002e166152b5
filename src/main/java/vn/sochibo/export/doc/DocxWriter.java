package vn.sochibo.export.doc;

import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.sochibo.export.AtomicFile;
import vn.sochibo.export.PoiLogging;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

/**
 * Renders a Party document as a Word .docx with Apache POI (rules.md §4.1): A4 with the document's margins, Times
 * New Roman, the two-column header, the body blocks, the signature table, page numbers from page 2. The file is
 * written beside the target and then moved into place, so a failure never leaves a half-written document.
 */
public final class DocxWriter {
    static {
        PoiLogging.quiet();
    }

    /** Writes the document to {@code target}, replacing an existing file; refused with a message naming it. */
    public Path write(PartyDocument document, Path target) {
        return AtomicFile.write(target, "docx", "document.error.cannotWrite", out -> {
            try (XWPFDocument doc = render(document)) {
                doc.write(out);
            }
        });
    }

    /** The Word document for the model, not yet written anywhere (also used by tests). */
    public XWPFDocument render(PartyDocument document) {
        XWPFDocument doc = new XWPFDocument();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(PartyDocument.FONT);
        fonts.setHAnsi(PartyDocument.FONT);
        fonts.setCs(PartyDocument.FONT);
        fonts.setEastAsia(PartyDocument.FONT);
        doc.createStyles().setDefaultFonts(fonts);
        int textWidth = DocxPage.setUp(doc, document.margins());
        DocxPage.pageNumbers(doc);
        DocxHeaderTable.render(doc, document.header(), textWidth);
        for (Block block : document.blocks()) {
            DocxBlocks.render(doc, block, textWidth);
        }
        if (document.signatures() != null) {
            DocxSignatures.render(doc, document.signatures(), textWidth);
        }
        return doc;
    }
}
