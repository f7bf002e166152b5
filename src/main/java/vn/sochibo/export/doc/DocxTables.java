package vn.sochibo.export.doc;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Fixed-width tables: column widths in twips from percentages of the text width, so Word and LibreOffice agree. */
final class DocxTables {
    private DocxTables() {
    }

    /** Sets the table's total width, fixed layout, grid and each cell's width; {@code percents} sum to 100. */
    static void widths(XWPFTable table, int textWidthTwips, List<Integer> percents) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(textWidthTwips));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int[] twips = percents.stream().mapToInt(p -> textWidthTwips * p / 100).toArray();
        for (int t : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(t));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < row.getTableCells().size() && c < twips.length; c++) {
                cellWidth(row.getCell(c), twips[c]);
            }
        }
    }

    static void cellWidth(XWPFTableCell cell, int twips) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    private static void zero(CTTblWidth w) {
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.ZERO);
    }

    /** Moves the table's left edge by {@code twips} from the margin (negative: into the margin). */
    static void indent(XWPFTable table, int twips) {
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth ind = pr.isSetTblInd() ? pr.getTblInd() : pr.addNewTblInd();
        ind.setType(STTblWidth.DXA);
        ind.setW(BigInteger.valueOf(twips));
    }

    /** A table of the given size with no borders and no cell padding on the sides (header, signatures). */
    static XWPFTable borderless(XWPFTable table) {
        XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
        table.setTopBorder(none, 0, 0, "auto");
        table.setBottomBorder(none, 0, 0, "auto");
        table.setLeftBorder(none, 0, 0, "auto");
        table.setRightBorder(none, 0, 0, "auto");
        table.setInsideHBorder(none, 0, 0, "auto");
        table.setInsideVBorder(none, 0, 0, "auto");
        // explicit zero widths: POI's setCellMargins(0, …) leaves an empty element, which LibreOffice reads as its
        // default padding and the party line then wraps
        CTTblCellMar mar = table.getCTTbl().getTblPr().isSetTblCellMar() ? table.getCTTbl().getTblPr().getTblCellMar()
                : table.getCTTbl().getTblPr().addNewTblCellMar();
        zero(mar.isSetLeft() ? mar.getLeft() : mar.addNewLeft());
        zero(mar.isSetRight() ? mar.getRight() : mar.addNewRight());
        zero(mar.isSetTop() ? mar.getTop() : mar.addNewTop());
        zero(mar.isSetBottom() ? mar.getBottom() : mar.addNewBottom());
        return table;
    }
}
