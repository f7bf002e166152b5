package vn.sochibo.export.doc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import vn.sochibo.model.AppException;

/**
 * Renders a Party document as a Word .docx with Apache POI (rules.md §4.1): A4 with the document's margins, Times
 * New Roman, the two-column header, the body blocks, the signature table, page numbers from page 2. The file is
 * written beside the target and then moved into place, so a failure never leaves a half-written document.
 */
public final class DocxWriter {
    private static final String LOG_FACTORY = "log4j2.loggerContextFactory";

    static {
        // keeps POI's "no logging provider" notice off stderr, as export/PoiLogging does for workbooks
        if (System.getProperty(LOG_FACTORY) == null) {
            System.setProperty(LOG_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    /** Writes the document to {@code target}, replacing an existing file; refused with a message naming it. */
    public Path write(PartyDocument document, Path target) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try (XWPFDocument doc = render(document)) {
            temp = Files.createTempFile(absolute.getParent(), ".sochibo-", ".docx.tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                doc.write(out);
            }
            moveIntoPlace(temp, absolute);
            return absolute;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw new AppException("document.error.cannotWrite", e, absolute.toString());
        }
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

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the temporary file is hidden and harmless; the user is told about the real failure
        }
    }
}
