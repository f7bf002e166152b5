package vn.sochibo.ui.meeting;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** Whole-number spinners bound to a view-model count; typed digits count at once, anything else is ignored. */
final class Counts {
    private Counts() {
    }

    static void bind(Spinner<Integer> spinner, IntegerProperty value, int max) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, max, value.get());
        spinner.setValueFactory(factory);
        factory.valueProperty().addListener((o, a, b) -> value.set(b == null ? 0 : b));
        value.addListener((o, a, b) -> factory.setValue(b.intValue()));
        spinner.getEditor().textProperty().addListener((o, a, b) -> {
            String digits = b.strip();
            if (!digits.isEmpty() && digits.length() <= 4 && digits.chars().allMatch(Character::isDigit)) {
                value.set(Integer.parseInt(digits));
            }
        });
    }
}
