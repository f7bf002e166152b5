package vn.sochibo.service.handover;

import java.nio.file.Path;
import vn.sochibo.model.AppException;

/** The names inside a kit, and the check that an entry name cannot write outside the folder it is unpacked into. */
final class KitPaths {
    static final String DATABASE = "sochibo.db";
    static final String DOCUMENTS = "documents/";

    private KitPaths() {
    }

    /** The entry name of a document given by its path relative to the documents folder. */
    static String documentEntry(Path relative) {
        StringBuilder name = new StringBuilder(DOCUMENTS);
        for (int i = 0; i < relative.getNameCount(); i++) {
            name.append(i == 0 ? "" : "/").append(relative.getName(i));
        }
        return name.toString();
    }

    /** Refuses names that are absolute, climb with "..", or use a drive letter, back-slash or NUL. */
    static void checkSafe(String name, String kitName) {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0
                || name.indexOf('\0') >= 0;
        for (String part : name.split("/")) {
            unsafe |= part.equals("..");
        }
        if (unsafe) {
            throw new AppException("handover.error.unsafeEntry", kitName, name);
        }
    }

    /** Where a document entry goes under {@code folder}; checked again against the folder as a second guard. */
    static Path target(Path folder, String entryName, String kitName) {
        Path base = folder.toAbsolutePath().normalize();
        Path out = base;
        for (String part : entryName.substring(DOCUMENTS.length()).split("/")) {
            if (!part.isEmpty()) {
                out = out.resolve(part);
            }
        }
        out = out.normalize();
        if (!out.startsWith(base) || out.equals(base)) {
            throw new AppException("handover.error.unsafeEntry", kitName, entryName);
        }
        return out;
    }
}
