package vn.sochibo.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.sochibo.model.AppException;

/**
 * Writes a file beside its target under a hidden temporary name and then moves it into place, so a failure never
 * leaves a half-written workbook or document under the name the user chose.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** What writes the content to the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to {@code target} (replacing an existing file) and returns its absolute path; any
     * failure removes the temporary file and is reported under {@code errorKey} with the file name.
     */
    public static Path write(Path target, String extension, String errorKey, Content content) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), ".sochibo-", "." + extension + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, absolute);
            return absolute;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw new AppException(errorKey, e, absolute.toString());
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the temporary file is hidden and harmless; the user is told about the real failure
        }
    }
}
