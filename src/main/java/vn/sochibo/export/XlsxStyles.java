package vn.sochibo.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of one workbook, created once per combination (a workbook holds at most 64,000 styles). */
final class XlsxStyles {
    static final String FONT = "Times New Roman";
    static final String DATE_FORMAT = "dd/mm/yyyy";
    private final Workbook workbook;
    private final Map<Key, CellStyle> styles = new HashMap<>();
    private final Map<FontKey, Font> fonts = new HashMap<>();

    /** What distinguishes one cell style from another. */
    record Key(int points, boolean bold, boolean italic, boolean centred, boolean border, boolean date,
               boolean middle) {
    }

    private record FontKey(int points, boolean bold, boolean italic) {
    }

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
        Font normal = workbook.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 11);
    }

    /** Title text: centred, no border. */
    CellStyle title(TitleCell cell) {
        return get(new Key(cell.points(), cell.bold(), cell.italic(), true, false, false, true));
    }

    /** Header cell: bold, centred in both directions, bordered. */
    CellStyle header(int points) {
        return get(new Key(points, true, false, true, true, false, true));
    }

    /** Body cell: bordered, top-aligned, left or centred, with a date format for dates. */
    CellStyle body(int points, boolean centred, boolean date) {
        return get(new Key(points, false, false, centred, true, date, false));
    }

    private CellStyle get(Key key) {
        return styles.computeIfAbsent(key, this::create);
    }

    private CellStyle create(Key key) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(fonts.computeIfAbsent(new FontKey(key.points(), key.bold(), key.italic()), this::font));
        style.setWrapText(true);
        style.setAlignment(key.centred() ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
        style.setVerticalAlignment(key.middle() ? VerticalAlignment.CENTER : VerticalAlignment.TOP);
        if (key.border()) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (key.date()) {
            style.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
        }
        return style;
    }

    private Font font(FontKey key) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) key.points());
        font.setBold(key.bold());
        font.setItalic(key.italic());
        return font;
    }
}
