package vn.sochibo.service;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.sochibo.model.AppException;
import vn.sochibo.model.Issue;

/** The user-facing texts of one language (Vietnamese base bundle, English), with dates as dd/MM/yyyy. */
public final class Messages {
    public static final String BUNDLE = "vn.sochibo.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Messages for a language code: "en" gives English, anything else Vietnamese. */
    public static Messages forLanguage(String code) {
        return new Messages("en".equalsIgnoreCase(code) ? Locale.ENGLISH : VIETNAMESE);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    /** The text for the key with arguments filled in; dates are shown as dd/MM/yyyy. */
    public String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof LocalDate d ? DATE.format(d) : args[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** "Field: what is expected". */
    public String issue(Issue issue) {
        return tr(issue.field()) + ": " + tr(issue.key(), issue.args().toArray());
    }

    /** The message of an application error. */
    public String error(AppException e) {
        return tr(e.key(), e.args());
    }

    /** A moment as dd/MM/yyyy HH:mm, or "" for none. */
    public static String dateTime(java.time.LocalDateTime moment) {
        return moment == null ? "" : DATE_TIME.format(moment);
    }

    /** A date as dd/MM/yyyy, or "" for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
