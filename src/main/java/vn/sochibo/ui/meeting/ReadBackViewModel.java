package vn.sochibo.ui.meeting;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** The read-back view: the whole minutes in very large text whose size the reader can change. */
public final class ReadBackViewModel {
    static final int DEFAULT_SIZE = 30;
    static final int MIN_SIZE = 18;
    static final int MAX_SIZE = 60;
    private final String text;
    private final IntegerProperty fontSize = new SimpleIntegerProperty(DEFAULT_SIZE);

    public ReadBackViewModel(String text) {
        this.text = text == null ? "" : text;
    }

    public String text() {
        return text;
    }

    /** Larger text, up to {@value #MAX_SIZE} px. */
    public void bigger() {
        fontSize.set(Math.min(MAX_SIZE, fontSize.get() + 4));
    }

    /** Smaller text, down to {@value #MIN_SIZE} px. */
    public void smaller() {
        fontSize.set(Math.max(MIN_SIZE, fontSize.get() - 4));
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }
}
