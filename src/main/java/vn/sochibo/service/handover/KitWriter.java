package vn.sochibo.service.handover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a kit: the manifest first, then the database copy, then each document under "documents/". */
final class KitWriter {
    private KitWriter() {
    }

    static void write(Path zip, KitManifest manifest, Path database, Path documentsFolder, List<Path> documents)
            throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(KitManifest.ENTRY));
            manifest.write(out);
            out.closeEntry();
            add(out, KitPaths.DATABASE, database);
            for (Path relative : documents) {
                add(out, KitPaths.documentEntry(relative), documentsFolder.resolve(relative));
            }
        }
    }

    /** Adds a file keeping its modification time, so restored documents keep their dates. */
    private static void add(ZipOutputStream out, String name, Path file) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(Files.getLastModifiedTime(file));
        out.putNextEntry(entry);
        Files.copy(file, out);
        out.closeEntry();
    }
}
