package vn.sochibo.export.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.sochibo.export.TitleCell;
import vn.sochibo.export.TitleLine;

/** Who issues a study workbook (the superior body and the branch) and the title block built from them. */
public record StudyHeading(String superiorName, String branchName) {
    static final int TITLE_POINTS = 13;
    static final int BODY_POINTS = 12;
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    public StudyHeading {
        superiorName = superiorName == null ? "" : superiorName.strip();
        branchName = branchName == null ? "" : branchName.strip();
    }

    /** Superior and branch on the left, the Party's name on the right, then the title, subtitle and notes. */
    List<TitleLine> lines(String title, String subtitle, List<String> notes) {
        List<TitleLine> lines = new ArrayList<>();
        if (!superiorName.isEmpty() || !branchName.isEmpty()) {
            lines.add(TitleLine.split(TitleCell.plain(superiorName.toUpperCase(VI), TITLE_POINTS),
                    TitleCell.bold("ĐẢNG CỘNG SẢN VIỆT NAM", TITLE_POINTS)));
            lines.add(TitleLine.split(TitleCell.bold(branchName.toUpperCase(VI), TITLE_POINTS),
                    TitleCell.plain("", TITLE_POINTS)));
            lines.add(TitleLine.blank(TITLE_POINTS));
        }
        lines.add(TitleLine.centred(TitleCell.bold(title, TITLE_POINTS + 3)));
        if (!subtitle.isEmpty()) {
            lines.add(TitleLine.centred(TitleCell.bold(subtitle, TITLE_POINTS)));
        }
        notes.forEach(n -> lines.add(TitleLine.centred(TitleCell.italic(n, TITLE_POINTS - 1))));
        lines.add(TitleLine.blank(TITLE_POINTS));
        return lines;
    }
}
