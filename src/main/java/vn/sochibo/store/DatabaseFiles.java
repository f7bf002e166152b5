package vn.sochibo.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Replaces a closed database file by another in one atomic step: the new content is copied beside the target and
 * flushed to the disk first, so a failure at any point leaves the old file (and its journal) as it was.
 */
public final class DatabaseFiles {
    private static final String[] SIDECARS = {"-wal", "-shm", "-journal"};

    private DatabaseFiles() {
    }

    /** Replaces {@code target} (which must be closed) with a copy of {@code source}. */
    public static void replace(Path source, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".restore-" + UUID.randomUUID() + ".tmp");
        List<Path[]> asides = new ArrayList<>();
        try {
            Files.copy(source, temp);
            OwnerOnly.restrict(temp);
            sync(temp);
            // a journal left by the old file would be applied to the new one and damage it
            moveSidecarsAside(absolute, asides);
            try {
                move(temp, absolute);
            } catch (IOException e) {
                putBack(asides);
                throw e;
            }
            asides.forEach(pair -> deleteQuietly(pair[1]));
            syncFolder(absolute.getParent());
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Flushes a file's content to the disk. */
    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Flushes a folder's entries (a rename) to the disk where the system allows it; elsewhere does nothing. */
    public static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its renames are durable on NTFS anyway
        }
    }

    /** Moves a finished temporary file to its final name atomically (replacing), or plainly where not supported. */
    public static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file if it is there, ignoring failures (used while cleaning up after another failure). */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // cleaning up after a failure must not hide the failure itself
        }
    }

    private static void moveSidecarsAside(Path db, List<Path[]> asides) throws IOException {
        for (String suffix : SIDECARS) {
            Path sidecar = db.resolveSibling(db.getFileName() + suffix);
            if (Files.exists(sidecar)) {
                Path aside = db.resolveSibling("." + sidecar.getFileName() + ".before-restore-" + UUID.randomUUID());
                try {
                    Files.move(sidecar, aside, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    putBack(asides);
                    throw e;
                }
                asides.add(new Path[] {sidecar, aside});
            }
        }
    }

    private static void putBack(List<Path[]> asides) {
        for (Path[] pair : asides) {
            try {
                Files.move(pair[1], pair[0], StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ignored) {
                // the journal stays under its aside name, where a person can still find it
            }
        }
    }
}
