package vn.sochibo.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders sheet models into an .xlsx workbook with Apache POI: Times New Roman, thin borders, wrapped text, A4
 * fitted to the page width. The file is written beside the target and then moved into place, so a failure never
 * leaves a half-written workbook under the target name. Writing streams the rows (only a window of them is held in
 * memory), so a sheet of 20,000 members needs no more heap than one of 600.
 */
public final class XlsxWriter {
    private static final double MARGIN_INCHES = 0.4;
    private static final int ROWS_IN_MEMORY = 200;

    static {
        PoiLogging.quiet();
    }

    /** Writes the sheets, in order, to {@code target}; replaces an existing file. */
    public void write(List<SheetModel> sheets, Path target) {
        AtomicFile.write(target, "xlsx", "roster.error.cannotWrite", out -> {
            SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY, false, false);
            try (workbook) {
                fill(workbook, sheets);
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        });
    }

    /** The workbook for the sheets, held wholly in memory and not yet written anywhere (used by tests). */
    public XSSFWorkbook render(List<SheetModel> sheets) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        fill(workbook, sheets);
        return workbook;
    }

    private static void fill(Workbook workbook, List<SheetModel> sheets) {
        XlsxStyles styles = new XlsxStyles(workbook);
        for (SheetModel model : sheets) {
            renderSheet(workbook.createSheet(model.name()), model, styles);
        }
    }

    private static void renderSheet(Sheet sheet, SheetModel model, XlsxStyles styles) {
        for (int c = 0; c < model.columns().size(); c++) {
            sheet.setColumnWidth(c, model.columns().get(c).width() * 256);
        }
        int r = 0;
        for (TitleLine line : model.title()) {
            writeTitle(sheet, r++, line, model, styles);
        }
        int headerStart = r;
        for (List<String> header : model.header()) {
            writeHeader(sheet.createRow(r++), header, model, styles);
        }
        for (List<Object> body : model.rows()) {
            writeBody(sheet.createRow(r++), body, model, styles);
        }
        setUpPage(sheet, model, headerStart);
    }

    private static void writeTitle(Sheet sheet, int r, TitleLine line, SheetModel model, XlsxStyles styles) {
        Row row = sheet.createRow(r);
        int columns = model.columns().size();
        int parts = line.cells().size();
        float height = 0;
        for (int i = 0; i < parts; i++) {
            int from = i * columns / parts;
            int to = Math.max(from, (i + 1) * columns / parts - 1);
            TitleCell cell = line.cells().get(i);
            Cell target = row.createCell(from);
            target.setCellValue(cell.text());
            target.setCellStyle(styles.title(cell));
            if (to > from) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
            }
            int width = model.columns().subList(from, to + 1).stream().mapToInt(SheetColumn::width).sum();
            height = Math.max(height, RowHeights.points(cell.text(), width, cell.points(), cell.bold()));
        }
        row.setHeightInPoints(height);
    }

    private static void writeHeader(Row row, List<String> texts, SheetModel model, XlsxStyles styles) {
        float height = 0;
        for (int c = 0; c < model.columns().size(); c++) {
            String text = c < texts.size() ? texts.get(c) : "";
            Cell cell = row.createCell(c);
            cell.setCellValue(text);
            cell.setCellStyle(styles.header(model.fontPoints()));
            height = Math.max(height, RowHeights.points(text, model.columns().get(c).width(), model.fontPoints(), true));
        }
        row.setHeightInPoints(height);
    }

    private static void writeBody(Row row, List<Object> values, SheetModel model, XlsxStyles styles) {
        float height = 0;
        for (int c = 0; c < model.columns().size(); c++) {
            Object value = c < values.size() ? values.get(c) : null;
            SheetColumn column = model.columns().get(c);
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.body(model.fontPoints(), column.centred(), value instanceof LocalDate));
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            }
            String shown = value instanceof LocalDate ? "00/00/0000" : value == null ? "" : value.toString();
            height = Math.max(height, RowHeights.points(shown, column.width(), model.fontPoints(), false));
        }
        row.setHeightInPoints(height);
    }

    private static void setUpPage(Sheet sheet, SheetModel model, int headerStart) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(model.landscape());
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        for (short margin : new short[] {Sheet.LeftMargin, Sheet.RightMargin, Sheet.TopMargin, Sheet.BottomMargin}) {
            sheet.setMargin(margin, MARGIN_INCHES);
        }
        int headerEnd = headerStart + model.header().size() - 1;
        if (!model.header().isEmpty()) {
            sheet.setRepeatingRows(new CellRangeAddress(headerStart, headerEnd, -1, -1));
            if (model.title().isEmpty()) {
                sheet.createFreezePane(0, headerEnd + 1);
            }
        }
        sheet.getFooter().setCenter("&P / &N");
    }
}
