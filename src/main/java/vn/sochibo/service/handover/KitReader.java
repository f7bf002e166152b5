package vn.sochibo.service.handover;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.sochibo.model.AppException;

/**
 * Reads a kit without trusting it: refuses what is not a zip or not a kit, a damaged archive, unsafe entry names,
 * a newer format or schema, and archives that unpack to more than {@link #MAX_BYTES}; then unpacks its parts.
 */
final class KitReader implements AutoCloseable {
    /** More than any branch's data and a year of documents; bounds what a hostile archive can write. */
    static final long MAX_BYTES = 4L * 1024 * 1024 * 1024;
    private final ZipFile zip;
    private final String name;
    private final KitManifest manifest;
    private long written;

    private KitReader(ZipFile zip, String name) throws IOException {
        this.zip = zip;
        this.name = name;
        for (ZipEntry e : Collections.list(zip.entries())) {
            KitPaths.checkSafe(e.getName(), name);
        }
        ZipEntry m = zip.getEntry(KitManifest.ENTRY);
        if (m == null || zip.getEntry(KitPaths.DATABASE) == null) {
            throw new AppException("handover.error.notKit", name);
        }
        try (InputStream in = zip.getInputStream(m)) {
            manifest = KitManifest.read(in, name);
        }
    }

    /** Opens and checks the kit; the caller closes it. */
    static KitReader open(Path kit) {
        String name = kit.getFileName().toString();
        if (!Files.isRegularFile(kit)) {
            throw new AppException("handover.error.notFound", kit.toString());
        }
        ZipFile zip = null;
        try {
            zip = new ZipFile(kit.toFile());
            KitReader reader = new KitReader(zip, name);
            reader.checkVersions();
            return reader;
        } catch (IOException | RuntimeException e) {
            closeQuietly(zip);
            throw translate(e, kit, name);
        }
    }

    KitManifest manifest() {
        return manifest;
    }

    /** Unpacks the database copy to {@code target}. */
    void extractDatabase(Path target) {
        extract(zip.getEntry(KitPaths.DATABASE), target);
    }

    /** Unpacks every document under {@code folder}, keeping sub-folders; returns how many. */
    int extractDocuments(Path folder) {
        List<ZipEntry> documents = new ArrayList<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
            if (!e.isDirectory() && e.getName().startsWith(KitPaths.DOCUMENTS)) {
                documents.add(e);
            }
        }
        for (ZipEntry e : documents) {
            Path target = KitPaths.target(folder, e.getName(), name);
            extract(e, target);
            if (e.getLastModifiedTime() != null) {
                try {
                    Files.setLastModifiedTime(target, e.getLastModifiedTime());
                } catch (IOException ignored) {
                    // the date is a convenience; the document itself was restored
                }
            }
        }
        return documents.size();
    }

    private void checkVersions() {
        if (manifest.formatVersion() > KitManifest.FORMAT) {
            throw new AppException("handover.error.newerFormat", name, String.valueOf(manifest.formatVersion()),
                    String.valueOf(KitManifest.FORMAT), manifest.appVersion());
        }
        HandoverChecks.schema(manifest.schemaVersion(), name, manifest.appVersion());
    }

    /** Copies one entry, counting what is written and checking the CRC; reading faults mean a damaged kit. */
    private void extract(ZipEntry entry, Path target) {
        CRC32 crc = new CRC32();
        try {
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = read(in, buffer); n >= 0; n = read(in, buffer)) {
                    written += n;
                    if (written > MAX_BYTES) {
                        throw new AppException("handover.error.tooLarge", name);
                    }
                    crc.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            throw new AppException("handover.error.cannotWrite", e, target.toString());
        }
        if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
            throw new AppException("handover.error.damaged", name);
        }
    }

    private int read(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new AppException("handover.error.damaged", e, name);
        }
    }

    /** A zip that cannot be read is damaged when it starts like a zip, else it is not a kit at all. */
    private static AppException translate(Exception e, Path kit, String name) {
        if (e instanceof AppException a) {
            return a;
        }
        return looksLikeZip(kit) ? new AppException("handover.error.damaged", e, name)
                : new AppException("handover.error.notKit", e, name);
    }

    private static boolean looksLikeZip(Path kit) {
        try (InputStream in = Files.newInputStream(kit)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(ZipFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // nothing was read from it
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }
}
