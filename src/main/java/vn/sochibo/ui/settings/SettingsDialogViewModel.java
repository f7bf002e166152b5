package vn.sochibo.ui.settings;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.sochibo.service.security.PasswordService;
import vn.sochibo.ui.common.AppSettings;
import vn.sochibo.ui.common.I18n;

/**
 * The settings form: the language of the window and larger text, kept per user on this machine, and (when a
 * password service is given) the branch password and idle lock time, kept with the data.
 */
public final class SettingsDialogViewModel {
    private static final List<String> LANGUAGES = List.of("vi", "en");
    private final AppSettings settings;
    private final I18n i18n;
    private final ObjectProperty<String> language = new SimpleObjectProperty<>();
    private final BooleanProperty largerText = new SimpleBooleanProperty();
    private final PasswordForm password;

    /** The form without the password part. */
    public SettingsDialogViewModel(AppSettings settings, I18n i18n) {
        this(settings, i18n, null);
    }

    /** The form with the password part when {@code passwords} is not null. */
    public SettingsDialogViewModel(AppSettings settings, I18n i18n, PasswordService passwords) {
        this.settings = settings;
        this.i18n = i18n;
        this.password = passwords == null ? null : new PasswordForm(passwords, i18n);
        language.set(LANGUAGES.contains(settings.language()) ? settings.language() : "vi");
        largerText.set(settings.largerText());
    }

    /** The language codes offered, Vietnamese first. */
    public List<String> languages() {
        return LANGUAGES;
    }

    /** A language's name in that language ("Tiếng Việt", "English"), so anyone can find their own. */
    public String languageName(String code) {
        return i18n.tr("settings.language." + code);
    }

    /** The password part, or null when the dialog was opened without one. */
    public PasswordForm password() {
        return password;
    }

    /** Saves the password part at once (run when Save is pressed); false keeps the dialog open to correct it. */
    public boolean applyPassword() {
        return password == null || password.apply();
    }

    /** Saves the choices; true when the language or the text size changed and the window must be rebuilt. */
    public boolean save() {
        String chosen = language.get() == null ? settings.language() : language.get();
        boolean changed = !chosen.equals(settings.language()) || largerText.get() != settings.largerText();
        if (changed) {
            settings.setLanguage(chosen);
            settings.setLargerText(largerText.get());
        }
        return changed;
    }

    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public BooleanProperty largerTextProperty() {
        return largerText;
    }
}
