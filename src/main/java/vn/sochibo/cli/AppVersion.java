package vn.sochibo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version, read from the build's version.properties (filled in from the pom). */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/vn/sochibo/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
