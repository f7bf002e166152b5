package vn.sochibo.ui.branch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.model.branch.DocumentSettings;
import vn.sochibo.ui.common.I18n;

/**
 * The document part of the branch profile form: the symbol after the slash in "Số 01-BB/CB", whether minutes are
 * numbered, and the four page margins in millimetres, which the ward may set differently (rules.md §4.1 [U]).
 */
public final class DocumentForm {
    private static final Pattern SYMBOL = Pattern.compile("[\\p{L}\\p{N}-]*");
    private static final String[] SIDES = {"top", "bottom", "left", "right"};
    private static final ProfileField[] MARGIN_FIELDS = {ProfileField.MARGIN_TOP, ProfileField.MARGIN_BOTTOM,
        ProfileField.MARGIN_LEFT, ProfileField.MARGIN_RIGHT};
    private final I18n i18n;
    private final StringProperty symbol = new SimpleStringProperty("");
    private final BooleanProperty numberMinutes = new SimpleBooleanProperty(true);
    private final StringProperty[] margins = {new SimpleStringProperty(""), new SimpleStringProperty(""),
        new SimpleStringProperty(""), new SimpleStringProperty("")};
    private final ReadOnlyStringWrapper numberPreview = new ReadOnlyStringWrapper("");

    public DocumentForm(I18n i18n) {
        this.i18n = i18n;
        symbol.addListener(o -> updatePreview());
    }

    /** Copies the settings into the form. */
    public void fill(DocumentSettings d) {
        symbol.set(d.issuerSymbol());
        numberMinutes.set(d.numberMinutes());
        int[] values = {d.marginTop(), d.marginBottom(), d.marginLeft(), d.marginRight()};
        for (int i = 0; i < values.length; i++) {
            margins[i].set(String.valueOf(values[i]));
        }
        updatePreview();
    }

    /** The settings as typed; a margin that is not a number keeps the default so that other checks still run. */
    public DocumentSettings settings() {
        DocumentSettings d = DocumentSettings.DEFAULT;
        int[] defaults = {d.marginTop(), d.marginBottom(), d.marginLeft(), d.marginRight()};
        int[] values = new int[margins.length];
        for (int i = 0; i < margins.length; i++) {
            Integer parsed = margin(i);
            values[i] = parsed == null ? defaults[i] : parsed;
        }
        return new DocumentSettings(symbol.get(), numberMinutes.get(), values[0], values[1], values[2], values[3]);
    }

    private Integer margin(int i) {
        try {
            return Integer.valueOf(margins[i].get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Errors for a symbol with spaces or slashes and for margins that are not whole millimetres. */
    public List<Finding> check() {
        List<Finding> found = new ArrayList<>();
        if (!SYMBOL.matcher(symbol.get().strip()).matches()) {
            found.add(Finding.error(ProfileField.ISSUER_SYMBOL, "branch.dialog.symbolFormat"));
        }
        for (int i = 0; i < margins.length; i++) {
            if (margin(i) == null) {
                found.add(Finding.error(MARGIN_FIELDS[i], "branch.dialog.marginNumber",
                        i18n.tr("branch.dialog.margin." + SIDES[i]).toLowerCase(i18n.messages().locale())));
            }
        }
        return found;
    }

    /** The margin controls whose number lies outside min..max, for marking a range error. */
    public List<ProfileField> marginsOutside(int min, int max) {
        List<ProfileField> outside = new ArrayList<>();
        for (int i = 0; i < margins.length; i++) {
            Integer m = margin(i);
            if (m != null && (m < min || m > max)) {
                outside.add(MARGIN_FIELDS[i]);
            }
        }
        return outside;
    }

    private void updatePreview() {
        boolean symbolOk = SYMBOL.matcher(symbol.get().strip()).matches();
        numberPreview.set(symbolOk ? i18n.tr("branch.dialog.numberPreview", numberLine()) : "");
    }

    /** What the form depends on, for listeners that re-check it. */
    public Observable[] dependencies() {
        return new Observable[] {symbol, numberMinutes, margins[0], margins[1], margins[2], margins[3]};
    }

    public StringProperty symbolProperty() {
        return symbol;
    }

    public BooleanProperty numberMinutesProperty() {
        return numberMinutes;
    }

    public StringProperty marginTopProperty() {
        return margins[0];
    }

    public StringProperty marginBottomProperty() {
        return margins[1];
    }

    public StringProperty marginLeftProperty() {
        return margins[2];
    }

    public StringProperty marginRightProperty() {
        return margins[3];
    }

    /** "For example: Số 01-BB/CB". */
    public ReadOnlyStringProperty numberPreviewProperty() {
        return numberPreview.getReadOnlyProperty();
    }

    /** The first number line as printed ("Số 01-BB/CB"). */
    public String numberLine() {
        return settings().numberLine(1, "BB");
    }
}
