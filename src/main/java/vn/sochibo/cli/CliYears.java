package vn.sochibo.cli;

import vn.sochibo.model.AppException;

/** Parses a four-digit year option value with a message naming the option. */
final class CliYears {
    private CliYears() {
    }

    static int parse(String value, String option) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("\\d{4}") || Integer.parseInt(text) < 1930) {
            throw new AppException("cli.error.year", option, value == null ? "" : value);
        }
        return Integer.parseInt(text);
    }
}
