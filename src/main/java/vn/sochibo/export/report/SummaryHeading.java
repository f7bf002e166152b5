package vn.sochibo.export.report;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.TitleCell;
import vn.sochibo.export.TitleLine;

/** The title block above each summary sheet: superior, branch, the sheet's title and an italic note. */
final class SummaryHeading {
    static final int BODY_POINTS = 12;
    private static final int POINTS = 13;

    private SummaryHeading() {
    }

    static List<TitleLine> of(String superior, String branch, String title, String note) {
        List<TitleLine> lines = new ArrayList<>();
        if (!superior.isBlank()) {
            lines.add(TitleLine.centred(TitleCell.plain(SummaryTexts.upper(superior), POINTS)));
        }
        if (!branch.isBlank()) {
            lines.add(TitleLine.centred(TitleCell.bold(SummaryTexts.upper(branch), POINTS)));
        }
        lines.add(TitleLine.blank(POINTS));
        lines.add(TitleLine.centred(TitleCell.bold(title, POINTS + 1)));
        if (!note.isBlank()) {
            lines.add(TitleLine.centred(TitleCell.italic(note, POINTS - 1)));
        }
        lines.add(TitleLine.blank(POINTS));
        return lines;
    }
}
