package vn.sochibo.service.handover;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.sochibo.store.OwnerOnly;

/**
 * A hidden, owner-only working folder beside the final place of a file (so the last move is a rename on the same
 * disk), removed with everything in it when closed.
 */
final class Staging implements AutoCloseable {
    private final Path dir;

    private Staging(Path dir) {
        this.dir = dir;
    }

    static Staging in(Path folder) throws IOException {
        Path dir = Files.createTempDirectory(folder, ".sochibo-ban-giao-");
        OwnerOnly.restrict(dir);
        return new Staging(dir);
    }

    Path path(String name) {
        return dir.resolve(name);
    }

    /** Renames {@code from} over {@code to} in one step where the file system allows it; owner-only afterwards. */
    static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        OwnerOnly.restrict(to);
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover hidden working folder is harmless; the user is told about any real failure
        }
    }
}
