package vn.sochibo.service.handover;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version written into kits, read from the build's version.properties ("dev" from classes). */
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
