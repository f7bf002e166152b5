package vn.sochibo.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a workbook's shared strings as plain text (formatted runs joined, phonetic guides left out), refusing a cell
 * longer than Excel allows or a table too large to be a roster. Plain strings rather than POI's rich-text objects,
 * which cost more than all the rest of reading a large sheet.
 */
final class SharedStringsReader extends DefaultHandler {
    /** All shared text allowed, in characters: many times a 50,000-row register, far below what would fill memory. */
    static final long MAX_TOTAL_CHARS = 20_000_000;
    /** Entries allowed: 50,000 rows of 40 different texts each. */
    static final int MAX_STRINGS = 2_000_000;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;
    private long total;

    private SharedStringsReader() {
    }

    /** The shared strings of the package, in index order; empty when it has none. */
    static List<String> read(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return List.of();
        }
        SharedStringsReader handler = new SharedStringsReader();
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (SheetXmlHandler.name(localName, qName)) {
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (SheetXmlHandler.name(localName, qName)) {
            case "si" -> add();
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inText && !inPhonetic) {
            if (text.length() + length > SheetXmlHandler.MAX_CELL_CHARS) {
                throw new SheetXmlHandler.TooLarge();
            }
            text.append(ch, start, length);
        }
    }

    private void add() throws SAXException {
        total += text.length();
        if (total > MAX_TOTAL_CHARS || strings.size() >= MAX_STRINGS) {
            throw new SheetXmlHandler.TooLarge();
        }
        strings.add(text.toString());
    }
}
