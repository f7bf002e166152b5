package vn.sochibo.ui.common;

import java.util.prefs.Preferences;

/** Per-machine settings kept with java.util.prefs: language, larger text, last folder. */
public final class AppSettings {
    private static final String LANGUAGE = "language";
    private static final String LARGER_TEXT = "largerText";
    private static final String LAST_FOLDER = "lastFolder";
    private final Preferences prefs;

    public AppSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The settings of this user on this machine. */
    public static AppSettings forUser() {
        return new AppSettings(Preferences.userRoot().node("vn/sochibo"));
    }

    public String language() {
        return prefs.get(LANGUAGE, "vi");
    }

    public void setLanguage(String code) {
        prefs.put(LANGUAGE, code);
    }

    public boolean largerText() {
        return prefs.getBoolean(LARGER_TEXT, false);
    }

    public void setLargerText(boolean on) {
        prefs.putBoolean(LARGER_TEXT, on);
    }

    public String lastFolder() {
        return prefs.get(LAST_FOLDER, System.getProperty("user.home"));
    }

    public void setLastFolder(String folder) {
        prefs.put(LAST_FOLDER, folder);
    }
}
