package vn.sochibo.ui.common;

import java.util.prefs.Preferences;

/** Per-machine settings kept with java.util.prefs: language, larger text, last folder, backup folder. */
public final class AppSettings {
    private static final String LANGUAGE = "language";
    private static final String LARGER_TEXT = "largerText";
    private static final String LAST_FOLDER = "lastFolder";
    private static final String BACKUP_FOLDER = "backupFolder";
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

    /** The folder backups go to; empty means the "backups" folder beside the database. */
    public String backupFolder() {
        return prefs.get(BACKUP_FOLDER, "");
    }

    public void setBackupFolder(String folder) {
        prefs.put(BACKUP_FOLDER, folder);
    }
}
