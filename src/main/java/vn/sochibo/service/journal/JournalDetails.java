package vn.sochibo.service.journal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.service.Messages;

/**
 * The details of a journal line are stored language-neutral: a message key and its arguments separated by "|"
 * (for example {@code member.event.ADMITTED|2024-05-19}), so a line written in Vietnamese reads in English too.
 * Details that do not start with a known key are shown as written.
 */
public final class JournalDetails {
    private static final String SEPARATOR = "|";

    private JournalDetails() {
    }

    /** Encodes a message key with its arguments (dates as ISO text). */
    public static String of(String key, Object... args) {
        StringBuilder text = new StringBuilder(key);
        for (Object arg : args) {
            text.append(SEPARATOR).append(String.valueOf(arg).replace(SEPARATOR, "/"));
        }
        return text.toString();
    }

    /**
     * The details in the language of {@code messages}: the key's text with the arguments filled in, or, when the
     * text takes no arguments, the text followed by the arguments; ISO dates are shown dd/MM/yyyy and arguments
     * that are keys are translated.
     */
    public static String render(String details, Messages messages) {
        String[] parts = details.split("\\|", -1);
        if (!messages.bundle().containsKey(parts[0])) {
            return details;
        }
        List<Object> args = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            args.add(argument(parts[i], messages));
        }
        String pattern = messages.bundle().getString(parts[0]);
        if (pattern.contains("{0")) {
            return messages.tr(parts[0], args.toArray());
        }
        List<String> shown = new ArrayList<>(List.of(pattern));
        args.forEach(a -> shown.add(a instanceof LocalDate d ? Messages.date(d) : a.toString()));
        return String.join(", ", shown);
    }

    private static Object argument(String text, Messages messages) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return messages.bundle().containsKey(text) ? messages.tr(text) : text;
    }
}
