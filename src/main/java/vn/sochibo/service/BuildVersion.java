package vn.sochibo.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version (from the pom, through the build's version.properties; "dev" when run from classes). */
public final class BuildVersion {
    private BuildVersion() {
    }

    /** The version of this build. */
    public static String get() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("/vn/sochibo/version.properties")) {
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
