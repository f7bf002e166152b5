package vn.sochibo.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import vn.sochibo.service.Messages;

/** Date pickers that show and accept dd/mm/yyyy whatever the system locale, and commit typed text on focus loss. */
public final class DateFields {
    private DateFields() {
    }

    /** Sets the dd/mm/yyyy converter; unparseable text leaves the value empty and the text visible to correct. */
    public static void configure(DatePicker picker, I18n i18n) {
        picker.setPromptText(i18n.tr("common.date.prompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Messages.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text);
            }
        });
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit(picker);
            }
        });
    }

    /** Parses d/m/yyyy (also with - or .); null for empty or bad text. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split("[/.\\-]");
        try {
            if (parts.length != 3 || parts[2].length() != 4) {
                return null;
            }
            return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    /** True when the editor holds text that is not a date. */
    public static boolean hasBadText(DatePicker picker) {
        String text = picker.getEditor().getText();
        return text != null && !text.isBlank() && parse(text) == null;
    }

    private static void commit(DatePicker picker) {
        String text = picker.getEditor().getText();
        LocalDate parsed = parse(text);
        if (parsed != null || text == null || text.isBlank()) {
            try {
                picker.setValue(parsed);
            } catch (DateTimeParseException ignored) {
                // the editor keeps the text so the user can correct it
            }
        }
    }
}
