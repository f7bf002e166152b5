package vn.sochibo.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML into plain values: shared and inline strings, cached results of formulas (never the
 * formulas themselves), dates for date-formatted numbers, numbers otherwise. Merged areas repeat their value in
 * every cell they cover. Stops with {@link TooManyRows} once more than the allowed rows hold values.
 */
final class SheetXmlHandler extends DefaultHandler {
    /** Columns beyond this are ignored: no roster is that wide, and it bounds memory on hostile files. */
    static final int MAX_COLUMNS = 256;
    /** Excel's limit on the text of one cell; a longer one was not written by a spreadsheet program. */
    static final int MAX_CELL_CHARS = 32_767;
    private final List<String> strings;
    private final StylesTable styles;
    private final int maxRows;
    private final DataFormatter formatter = new DataFormatter();
    private final TreeMap<Integer, List<Object>> rows = new TreeMap<>();
    private final List<CellRangeAddress> merges = new ArrayList<>();
    private List<Object> cells;
    private int rowNumber;
    private int column;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInline;
    private boolean inPhonetic;
    private final StringBuilder text = new StringBuilder();

    /** Thrown to stop reading a sheet that has more rows than allowed. */
    static final class TooManyRows extends SAXException {
        TooManyRows() {
            super("too many rows");
        }
    }

    /** Thrown to stop reading a file with a cell or a string table larger than any roster. */
    static final class TooLarge extends SAXException {
        TooLarge() {
            super("cell or shared strings too large");
        }
    }

    SheetXmlHandler(List<String> strings, StylesTable styles, int maxRows) {
        this.strings = strings;
        this.styles = styles;
        this.maxRows = maxRows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (name(localName, qName)) {
            case "row" -> startRow(atts.getValue("r"));
            case "c" -> startCell(atts);
            case "v" -> startText(true);
            case "is" -> startText(false);
            case "rPh" -> inPhonetic = true;
            case "mergeCell" -> addMerge(atts.getValue("ref"));
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (name(localName, qName)) {
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inValue || (inInline && !inPhonetic)) {
            if (text.length() + length > MAX_CELL_CHARS) {
                throw new TooLarge();
            }
            text.append(ch, start, length);
        }
    }

    /** The rows read, numbered as in Excel, with merged values spread. */
    List<TableRow> rows() {
        spreadMerges();
        List<TableRow> out = new ArrayList<>(rows.size());
        rows.forEach((number, values) -> out.add(new TableRow(number, values)));
        return out;
    }

    /** The element's name without its namespace prefix. */
    static String name(String localName, String qName) {
        return localName == null || localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
    }

    private void startRow(String r) {
        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        cells = new ArrayList<>();
        column = -1;
    }

    private void startCell(Attributes atts) {
        String ref = atts.getValue("r");
        column = ref == null ? column + 1 : new CellReference(ref).getCol();
        type = atts.getValue("t");
        String s = atts.getValue("s");
        style = s == null ? 0 : Integer.parseInt(s);
        text.setLength(0);
    }

    private void startText(boolean value) {
        inValue = value;
        inInline = !value;
    }

    private void endCell() {
        Object value = value(text.toString());
        if (value instanceof String s && s.isBlank()) {
            value = null;
        }
        if (value != null && column < MAX_COLUMNS && cells != null) {
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
        }
        text.setLength(0);
    }

    private void endRow() throws SAXException {
        if (cells != null && cells.stream().anyMatch(v -> v != null)) {
            rows.put(rowNumber, cells);
            if (rows.size() > maxRows) {
                throw new TooManyRows();
            }
        }
        cells = null;
    }

    private Object value(String raw) {
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> raw.isBlank() ? null : strings.get(Integer.parseInt(raw.strip()));
            case "inlineStr", "str", "e" -> raw.isEmpty() ? null : raw;
            case "b" -> raw.isEmpty() ? null : "1".equals(raw.strip()) ? "TRUE" : "FALSE";
            case "d" -> raw.length() < 10 ? null : LocalDate.parse(raw.substring(0, 10));
            default -> raw.isBlank() ? null : number(Double.parseDouble(raw.strip()));
        };
    }

    /** A date for date-formatted cells; the displayed digits when a format keeps leading zeros; else the number. */
    private Object number(double value) {
        if (styles == null || style >= styles.getNumCellStyles()) {
            return value;
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(style);
        int formatIndex = cellStyle.getDataFormat();
        String format = cellStyle.getDataFormatString();
        if (format == null) {
            return value;
        }
        if (DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value).toLocalDate();
        }
        String shown = formatter.formatRawCellContents(value, formatIndex, format);
        return shown.matches("0\\d+") ? shown : (Object) value;
    }

    private void addMerge(String ref) {
        if (ref != null && ref.contains(":")) {
            merges.add(CellRangeAddress.valueOf(ref));
        }
    }

    private void spreadMerges() {
        for (CellRangeAddress area : merges) {
            List<Object> anchorRow = rows.get(area.getFirstRow() + 1);
            Object anchor = anchorRow == null || area.getFirstColumn() >= anchorRow.size()
                    ? null : anchorRow.get(area.getFirstColumn());
            if (anchor == null) {
                continue;
            }
            int lastColumn = Math.min(area.getLastColumn(), MAX_COLUMNS - 1);
            for (Map.Entry<Integer, List<Object>> e : rows.subMap(area.getFirstRow() + 1, true,
                    area.getLastRow() + 1, true).entrySet()) {
                fill(e.getValue(), area.getFirstColumn(), lastColumn, anchor);
            }
        }
    }

    private static void fill(List<Object> row, int from, int to, Object value) {
        while (row.size() <= to) {
            row.add(null);
        }
        for (int c = from; c <= to; c++) {
            if (row.get(c) == null) {
                row.set(c, value);
            }
        }
    }
}
