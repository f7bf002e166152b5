package vn.sochibo.export.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.SheetColumn;
import vn.sochibo.export.SheetModel;
import vn.sochibo.model.report.summary.MeetingFigure;
import vn.sochibo.model.report.summary.Movement;
import vn.sochibo.model.report.summary.SummaryFigures;
import vn.sochibo.model.report.summary.Tally;

/**
 * The summary workbook's sheets built from its figures: "Tổng hợp" (fixed rows the ward can add up), one sheet per
 * month of the period with the attendance of each meeting held, and "Biến động" listing the member movements.
 */
public final class SummarySheets {
    /** The name of the sheet of fixed rows. */
    public static final String TOTALS = "Tổng hợp";
    /** The name of the sheet of member movements. */
    public static final String MOVEMENTS = "Biến động";
    private static final int MONTH_RATE_COLUMN = 8;

    private SummarySheets() {
    }

    /** Every sheet in order: totals, the months, the movements. */
    public static List<SummarySheet> of(SummaryFigures f, String superior, String branch) {
        List<SummarySheet> out = new ArrayList<>();
        out.add(totals(f, superior, branch));
        for (YearMonth m : f.period().months()) {
            out.add(month(f, m, superior, branch));
        }
        out.add(movements(f, superior, branch));
        return out;
    }

    /** The name of a month's sheet: "Tháng 1". */
    public static String monthName(YearMonth m) {
        return "Tháng " + m.getMonthValue();
    }

    static SummarySheet totals(SummaryFigures f, String superior, String branch) {
        List<SummaryLine> lines = SummaryLines.of(f);
        List<List<Object>> rows = new ArrayList<>();
        List<SummarySheet.Cell> percents = new ArrayList<>();
        List<Integer> bold = new ArrayList<>();
        for (SummaryLine line : lines) {
            if (line.isGroup()) {
                bold.add(rows.size());
            }
            if (line.percent()) {
                percents.add(new SummarySheet.Cell(rows.size(), 3));
            }
            rows.add(row(line.code(), line.label(), line.unit(), line.value()));
        }
        SheetModel model = new SheetModel(TOTALS, SummaryHeading.of(superior, branch, SummaryTexts.title(f.period()),
                SummaryTexts.span(f.period())), List.of(SheetColumn.centre(8), SheetColumn.left(70),
                SheetColumn.centre(11), SheetColumn.centre(12)),
                List.of(List.of("Mã số", "Chỉ tiêu", "Đơn vị tính", "Số liệu")), rows, SummaryHeading.BODY_POINTS,
                false);
        return new SummarySheet(model, percents, bold);
    }

    static SummarySheet month(SummaryFigures f, YearMonth m, String superior, String branch) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (MeetingFigure mf : f.heldIn(m)) {
            rows.add(tallyRow(n++, mf.date(), SummaryTexts.meetingType(mf.type()), mf.tally(),
                    String.join(", ", mf.unexcusedNames())));
        }
        if (rows.isEmpty()) {
            rows.add(row("", null, "Không có buổi họp"));
        }
        rows.add(tallyRow(null, null, "Cộng tháng " + m.getMonthValue(), f.attendance(m), ""));
        List<SummarySheet.Cell> percents = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            percents.add(new SummarySheet.Cell(r, MONTH_RATE_COLUMN));
        }
        String title = "ĐẢNG VIÊN DỰ SINH HOẠT CHI BỘ THÁNG " + m.getMonthValue() + " NĂM " + m.getYear();
        SheetModel model = new SheetModel(monthName(m), SummaryHeading.of(superior, branch, title,
                "(Tỷ lệ có mặt = số có mặt / số phải dự; không tính đảng viên được miễn, đi sinh hoạt tạm thời nơi "
                        + "khác, bị đình chỉ sinh hoạt)"),
                List.of(SheetColumn.centre(5), SheetColumn.centre(12), SheetColumn.left(22), SheetColumn.centre(8),
                        SheetColumn.centre(8), SheetColumn.centre(8), SheetColumn.centre(8), SheetColumn.centre(9),
                        SheetColumn.centre(9), SheetColumn.left(30)),
                List.of(List.of("STT", "Ngày", "Loại sinh hoạt", "Phải dự", "Có mặt", "Vắng có lý do",
                        "Vắng không lý do", "Chưa điểm danh", "Tỷ lệ có mặt", "Vắng không lý do (họ và tên)")),
                rows, SummaryHeading.BODY_POINTS, true);
        return new SummarySheet(model, percents, List.of(rows.size() - 1));
    }

    static SummarySheet movements(SummaryFigures f, String superior, String branch) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (Movement mv : f.movements()) {
            rows.add(row(n++, mv.date(), mv.fullName(), SummaryTexts.movement(mv.kind()), mv.detail()));
        }
        if (rows.isEmpty()) {
            rows.add(row("", null, "", "Không có biến động trong kỳ"));
        }
        SheetModel model = new SheetModel(MOVEMENTS, SummaryHeading.of(superior, branch,
                "BIẾN ĐỘNG ĐẢNG VIÊN " + SummaryTexts.periodTitle(f.period()), SummaryTexts.span(f.period())),
                List.of(SheetColumn.centre(5), SheetColumn.centre(12), SheetColumn.left(26), SheetColumn.left(34),
                        SheetColumn.left(34)),
                List.of(List.of("STT", "Ngày", "Họ và tên", "Biến động", "Nơi đến, nơi đi hoặc lý do")), rows,
                SummaryHeading.BODY_POINTS, false);
        return new SummarySheet(model, List.of(), List.of());
    }

    private static List<Object> tallyRow(Integer n, Object date, String what, Tally t, String names) {
        return row(n, date, what, t.expected(), t.present(), t.excused(), t.unexcused(), t.unmarked(), SummaryLine.rounded(t.rate()),
                names);
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }
}
