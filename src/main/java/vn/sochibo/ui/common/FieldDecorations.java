package vn.sochibo.ui.common;

import java.util.function.Function;
import javafx.scene.control.Control;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.tools.ValueExtractor;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.sochibo.model.Issue;

/**
 * Marks form fields with the issues a view-model found (ControlsFX decorations: an icon and a tooltip with the
 * message), so a problem is shown next to its field and not by colour alone.
 */
public final class FieldDecorations {
    static {
        // ControlsFX knows no value of a CheckComboBox and would silently skip its marks; they are refreshed anyway
        ValueExtractor.addObservableValueExtractor(c -> c instanceof CheckComboBox, Control::focusedProperty);
    }

    private final ValidationSupport support = new ValidationSupport();
    private final Function<String, Issue> lookup;
    private final I18n i18n;

    /** Decorations that ask {@code lookup} for the current issue of a field key. */
    public FieldDecorations(Function<String, Issue> lookup, I18n i18n) {
        this.lookup = lookup;
        this.i18n = i18n;
    }

    /** Shows the issue of {@code fieldKey} next to the control. */
    public void register(Control control, String fieldKey) {
        support.registerValidator(control, false, (Control c, Object value) -> {
            Issue issue = lookup.apply(fieldKey);
            if (issue == null) {
                return new ValidationResult();
            }
            String text = i18n.issue(issue);
            return issue.isError() ? ValidationResult.fromError(c, text) : ValidationResult.fromWarning(c, text);
        });
    }

    /** Re-reads every field's issue after the view-model checked the form again. */
    public void refresh() {
        support.revalidate();
        // ControlsFX shows no mark before some value changed; a refused save on an untouched form must show them
        support.initInitialDecoration();
    }
}
