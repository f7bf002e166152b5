package vn.sochibo.service.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.SheetColumn;
import vn.sochibo.export.SheetModel;
import vn.sochibo.export.TitleCell;
import vn.sochibo.export.TitleLine;
import vn.sochibo.service.Messages;

/** The journal as a printable worksheet: the branch's name, the title and the period, then one row per line. */
final class JournalSheet {
    private static final int BODY_POINTS = 11;
    private static final int TITLE_POINTS = 13;

    private JournalSheet() {
    }

    static SheetModel build(List<JournalLine> lines, String branchName, LocalDate from, LocalDate to,
                            Messages messages) {
        List<String> header = List.of(messages.tr("journal.column.time"), messages.tr("journal.column.actor"),
                messages.tr("journal.column.action"), messages.tr("journal.column.subject"),
                messages.tr("journal.column.details"));
        List<SheetColumn> columns = List.of(SheetColumn.centre(18), SheetColumn.left(16), SheetColumn.left(28),
                SheetColumn.left(30), SheetColumn.left(50));
        List<List<Object>> rows = new ArrayList<>();
        for (JournalLine l : lines) {
            rows.add(List.of(l.time(), l.actor(), l.action(), l.subject(), l.details()));
        }
        return new SheetModel(messages.tr("journal.export.sheet"), title(branchName, from, to, messages), columns,
                List.of(header), rows, BODY_POINTS, true);
    }

    private static List<TitleLine> title(String branchName, LocalDate from, LocalDate to, Messages messages) {
        List<TitleLine> lines = new ArrayList<>();
        if (!branchName.isBlank()) {
            lines.add(TitleLine.centred(TitleCell.bold(branchName.toUpperCase(messages.locale()), TITLE_POINTS)));
        }
        lines.add(TitleLine.centred(TitleCell.bold(messages.tr("journal.export.title"), TITLE_POINTS + 3)));
        lines.add(TitleLine.centred(TitleCell.italic(period(from, to, messages), TITLE_POINTS)));
        lines.add(TitleLine.blank(TITLE_POINTS));
        return lines;
    }

    /** "Từ ngày … đến ngày …", with either end left open when not chosen. */
    static String period(LocalDate from, LocalDate to, Messages messages) {
        if (from == null && to == null) {
            return messages.tr("journal.period.all");
        }
        if (from == null) {
            return messages.tr("journal.period.until", to);
        }
        return to == null ? messages.tr("journal.period.since", from) : messages.tr("journal.period.between", from, to);
    }
}
