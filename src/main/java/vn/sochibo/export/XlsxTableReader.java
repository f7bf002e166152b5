package vn.sochibo.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.sochibo.model.AppException;

/**
 * Reads every worksheet of an .xlsx file into plain values, streaming so that large or hostile files cannot
 * exhaust memory. POI's zip-bomb limits apply, and a cell or a shared-string table larger than any roster stops it.
 * Every failure becomes an {@link AppException} with a message the user can act on (not a spreadsheet, an old .xls,
 * damaged, too large, too many rows); the file is never modified.
 */
public final class XlsxTableReader {
    /** Rows with values allowed in one sheet; a branch register is far smaller. */
    public static final int MAX_ROWS = 50_000;

    static {
        PoiLogging.quiet();
    }
    private final int maxRows;

    public XlsxTableReader() {
        this(MAX_ROWS);
    }

    /** A reader with another row limit (tests). */
    public XlsxTableReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /** The sheets of the workbook, in workbook order. */
    public List<TableSheet> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AppException("roster.error.notFound", file.toString());
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return readSheets(pkg);
        } catch (SheetXmlHandler.TooManyRows e) {
            throw new AppException("roster.error.tooManyRows", e, maxRows);
        } catch (SheetXmlHandler.TooLarge e) {
            throw new AppException("roster.error.tooLarge", e, file.getFileName().toString());
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new AppException("roster.error.oldXls", e, file.getFileName().toString());
        } catch (NotOfficeXmlFileException | EmptyFileException e) {
            throw new AppException("roster.error.notXlsx", e, file.getFileName().toString());
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw translate(e, file);
        }
    }

    private List<TableSheet> readSheets(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        List<String> strings = SharedStringsReader.read(pkg);
        StylesTable styles = reader.getStylesTable();
        List<TableSheet> sheets = new ArrayList<>();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                sheets.add(new TableSheet(it.getSheetName(), parse(in, strings, styles)));
            }
        }
        return sheets;
    }

    private List<TableRow> parse(InputStream in, List<String> strings, StylesTable styles)
            throws IOException, SAXException {
        SheetXmlHandler handler = new SheetXmlHandler(strings, styles, maxRows);
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        return handler.rows();
    }

    /** Zip-bomb and size limits get their own message; anything else means the file is damaged. */
    private AppException translate(Exception e, Path file) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SheetXmlHandler.TooManyRows) {
                return new AppException("roster.error.tooManyRows", e, maxRows);
            }
            if (t instanceof SheetXmlHandler.TooLarge) {
                return new AppException("roster.error.tooLarge", e, file.getFileName().toString());
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("exceed")) {
                return new AppException("roster.error.tooLarge", e, file.getFileName().toString());
            }
        }
        return new AppException("roster.error.damaged", e, file.getFileName().toString());
    }
}
