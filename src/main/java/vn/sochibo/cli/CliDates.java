package vn.sochibo.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.sochibo.model.AppException;

/** Parses YYYY-MM-DD option values with a message naming the option. */
final class CliDates {
    private CliDates() {
    }

    static LocalDate parse(String value, String option) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new AppException("cli.error.date", option, value);
        }
    }
}
