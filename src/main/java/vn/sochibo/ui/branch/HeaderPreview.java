package vn.sochibo.ui.branch;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.sochibo.export.meeting.DocTexts;
import vn.sochibo.model.branch.BranchProfile;

/**
 * The document header block as it will be printed (rules.md §4.2): superior and branch with "*" on the left, the
 * number line below; "ĐẢNG CỘNG SẢN VIỆT NAM" and the place-and-date line on the right.
 */
public final class HeaderPreview {
    private static final String BLANK = "…";
    private final LocalDate today;
    private final ReadOnlyStringWrapper superior = new ReadOnlyStringWrapper(BLANK);
    private final ReadOnlyStringWrapper branch = new ReadOnlyStringWrapper(BLANK);
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateLine = new ReadOnlyStringWrapper("");

    public HeaderPreview(LocalDate today) {
        this.today = today;
    }

    /** Shows the profile's lines; empty names show "…" so the layout stays visible. */
    public void update(BranchProfile p, String numberLine) {
        superior.set(orBlank(p.superiorName()));
        branch.set(orBlank(p.branchName()));
        number.set(p.documents().numberMinutes() ? numberLine : "");
        dateLine.set(DocTexts.placeDate(orBlank(p.placeName()), today));
    }

    private static String orBlank(String text) {
        return text.isEmpty() ? BLANK : text;
    }

    /** The superior committee line, e.g. "ĐẢNG BỘ PHƯỜNG HOÀ BÌNH". */
    public ReadOnlyStringProperty superiorProperty() {
        return superior.getReadOnlyProperty();
    }

    /** The branch name line, e.g. "CHI BỘ KHU PHỐ 3". */
    public ReadOnlyStringProperty branchProperty() {
        return branch.getReadOnlyProperty();
    }

    /** "Số 01-BB/CB" when minutes are numbered, otherwise "". */
    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    /** "Hoà Bình, ngày 05 tháng 02 năm 2026" for today. */
    public ReadOnlyStringProperty dateLineProperty() {
        return dateLine.getReadOnlyProperty();
    }
}
