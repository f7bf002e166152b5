package vn.sochibo.service.meeting;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.SheetColumn;
import vn.sochibo.export.SheetModel;
import vn.sochibo.export.TitleCell;
import vn.sochibo.export.TitleLine;
import vn.sochibo.service.Messages;

/**
 * The year's attendance matrix as a worksheet: members × months of the regular meetings, with codes, the rate per
 * member and per month, and the legend of the codes and of the rate above the table.
 */
final class YearAttendanceSheet {
    private static final int TITLE_POINTS = 13;

    private YearAttendanceSheet() {
    }

    static SheetModel build(int year, AttendanceYear matrix, String branchName, Messages messages) {
        List<SheetColumn> columns = new ArrayList<>(List.of(SheetColumn.centre(5), SheetColumn.left(26)));
        List<String> header = new ArrayList<>(List.of(messages.tr("roll.sheet.column.number"),
                messages.tr("roll.sheet.column.name")));
        for (Month m : Month.values()) {
            columns.add(SheetColumn.centre(5));
            header.add(messages.tr("roll.sheet.year.month", m.getValue()));
        }
        columns.add(SheetColumn.centre(10));
        header.add(messages.tr("roll.sheet.year.rate"));
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (AttendanceYear.Row member : matrix.rows()) {
            List<Object> row = new ArrayList<>(List.of(n++, member.name()));
            row.addAll(member.cells());
            row.add(matrix.memberRate(member));
            rows.add(row);
        }
        List<Object> monthRates = new ArrayList<>(List.of("", messages.tr("roll.sheet.year.monthRate")));
        for (Month m : Month.values()) {
            monthRates.add(matrix.monthRate(m.getValue()));
        }
        rows.add(monthRates);
        return new SheetModel(messages.tr("roll.sheet.year.name"), title(year, branchName, messages), columns,
                List.of(header), rows, MeetingAttendanceSheet.BODY_POINTS, true);
    }

    private static List<TitleLine> title(int year, String branchName, Messages messages) {
        List<TitleLine> lines = new ArrayList<>();
        if (!branchName.isBlank()) {
            lines.add(TitleLine.centred(TitleCell.bold(branchName.toUpperCase(messages.locale()), TITLE_POINTS)));
        }
        lines.add(TitleLine.centred(TitleCell.bold(messages.tr("roll.sheet.year.title", String.valueOf(year)),
                TITLE_POINTS + 3)));
        lines.add(TitleLine.centred(TitleCell.italic(messages.tr("roll.sheet.year.legend"), TITLE_POINTS - 1)));
        lines.add(TitleLine.centred(TitleCell.italic(messages.tr("roll.sheet.year.rateNote"), TITLE_POINTS - 1)));
        lines.add(TitleLine.blank(TITLE_POINTS));
        return lines;
    }
}
