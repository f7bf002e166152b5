package vn.sochibo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Makes data files readable and writable by their owner only, where the file system knows owners (POSIX). */
public final class OwnerOnly {
    private OwnerOnly() {
    }

    /** Restricts an existing file to rw------- (a folder to rwx------); does nothing where POSIX rights are unknown. */
    public static void restrict(Path path) {
        if (!Files.exists(path) || Files.getFileAttributeView(path, PosixFileAttributeView.class) == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "rwx------" : "rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without owner rights (FAT on a USB stick): nothing to restrict
        }
    }
}
