package vn.sochibo.export.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.sochibo.export.AtomicFile;
import vn.sochibo.export.SheetModel;
import vn.sochibo.export.XlsxWriter;

/** Writes the summary sheets with {@link XlsxWriter}, then gives the rate cells a percentage format (0.0%). */
public final class SummaryWorkbook {
    static final String PERCENT_FORMAT = "0.0%";

    /** Writes the sheets to {@code target} (replacing an existing file) and returns its absolute path. */
    public Path write(List<SummarySheet> sheets, Path target) {
        return AtomicFile.write(target, "xlsx", "roster.error.cannotWrite", out -> {
            try (XSSFWorkbook workbook = render(sheets)) {
                workbook.write(out);
            }
        });
    }

    /** The workbook, not yet written anywhere (also used by tests). */
    public XSSFWorkbook render(List<SummarySheet> sheets) {
        XSSFWorkbook workbook = new XlsxWriter().render(sheets.stream().map(SummarySheet::model).toList());
        Map<Short, CellStyle> percentStyles = new HashMap<>();
        for (int i = 0; i < sheets.size(); i++) {
            SummarySheet s = sheets.get(i);
            Sheet sheet = workbook.getSheetAt(i);
            int first = firstBodyRow(s.model());
            for (SummarySheet.Cell ref : s.percents()) {
                Row row = sheet.getRow(first + ref.row());
                Cell cell = row == null ? null : row.getCell(ref.column());
                if (cell != null) {
                    cell.setCellStyle(percentStyles.computeIfAbsent(cell.getCellStyle().getIndex(),
                            k -> percentStyle(workbook, cell.getCellStyle())));
                }
            }
        }
        return workbook;
    }

    private static int firstBodyRow(SheetModel model) {
        return model.title().size() + model.header().size();
    }

    private static CellStyle percentStyle(XSSFWorkbook workbook, CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setDataFormat(workbook.createDataFormat().getFormat(PERCENT_FORMAT));
        return style;
    }
}
