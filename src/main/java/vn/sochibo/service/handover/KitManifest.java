package vn.sochibo.service.handover;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import vn.sochibo.model.AppException;

/**
 * The {@code manifest.properties} at the start of a hand-over kit: the kit format, the application version and
 * database schema version that wrote it, when, and for which branch with how many members and documents.
 */
public record KitManifest(int formatVersion, String appVersion, int schemaVersion, LocalDateTime createdAt,
                          String branchName, int memberCount, int documentCount) {
    /** The kit format this build writes and the newest it reads. */
    public static final int FORMAT = 1;
    static final String ENTRY = "manifest.properties";
    private static final String KIND = "sochibo-handover";

    /** Writes the manifest as UTF-8 properties. */
    void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("kind", KIND);
        p.setProperty("format", String.valueOf(formatVersion));
        p.setProperty("appVersion", appVersion);
        p.setProperty("schemaVersion", String.valueOf(schemaVersion));
        p.setProperty("createdAt", createdAt.toString());
        p.setProperty("branchName", branchName);
        p.setProperty("memberCount", String.valueOf(memberCount));
        p.setProperty("documentCount", String.valueOf(documentCount));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        p.store(writer, "So Chi Bo - bo ban giao");
        writer.flush();
    }

    /** Reads a manifest; a file that does not say it is a kit is refused as not a kit, a garbled one as damaged. */
    static KitManifest read(InputStream in, String kitName) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!KIND.equals(p.getProperty("kind"))) {
            throw new AppException("handover.error.notKit", kitName);
        }
        try {
            return new KitManifest(Integer.parseInt(p.getProperty("format", "")), p.getProperty("appVersion", ""),
                    Integer.parseInt(p.getProperty("schemaVersion", "")),
                    LocalDateTime.parse(p.getProperty("createdAt", "")), p.getProperty("branchName", ""),
                    Integer.parseInt(p.getProperty("memberCount", "0")),
                    Integer.parseInt(p.getProperty("documentCount", "0")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new AppException("handover.error.damaged", e, kitName);
        }
    }
}
