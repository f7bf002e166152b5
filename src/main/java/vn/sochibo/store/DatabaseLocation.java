package vn.sochibo.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives when no --db is given: SOCHIBO_DB, else the per-user data folder of the system
 * (Linux $XDG_DATA_HOME/sochibo, Windows %APPDATA%\SoChiBo, macOS ~/Library/Application Support/SoChiBo).
 */
public final class DatabaseLocation {
    public static final String FILE_NAME = "sochibo.db";
    public static final String ENV_VARIABLE = "SOCHIBO_DB";

    private DatabaseLocation() {
    }

    /** The file to use: the explicit path if given, else SOCHIBO_DB, else the system default. */
    public static Path resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return defaultFolder(env, osName, userHome).resolve(FILE_NAME);
    }

    /** The resolution for this process's environment. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path defaultFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null ? appData : userHome, "SoChiBo");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "SoChiBo");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "sochibo") : Path.of(userHome, ".local", "share", "sochibo");
    }
}
