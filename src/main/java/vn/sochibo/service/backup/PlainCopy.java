package vn.sochibo.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.sochibo.model.AppException;
import vn.sochibo.store.DatabaseFiles;
import vn.sochibo.store.OwnerOnly;

/**
 * The readable database of a backup: the file itself when it is not encrypted, else a decrypted copy in a private
 * temporary file that closing deletes.
 */
final class PlainCopy implements AutoCloseable {
    private final Path file;
    private final boolean temporary;

    private PlainCopy(Path file, boolean temporary) {
        this.file = file;
        this.temporary = temporary;
    }

    /**
     * Opens a backup for reading; an encrypted one is decrypted into {@code folder} (the system's temporary folder
     * when null). Refuses a missing password, a wrong one or an altered file with its state.
     */
    static PlainCopy of(Path backup, char[] password, Path folder) {
        if (!BackupCrypto.isEncrypted(backup)) {
            return new PlainCopy(backup, false);
        }
        if (password == null || password.length == 0) {
            throw new EncryptedFileException(BackupState.NEEDS_PASSWORD);
        }
        Path temp = null;
        try {
            temp = folder == null ? Files.createTempFile("sochibo-", ".tmp")
                    : Files.createTempFile(folder, ".sochibo-", ".tmp");
            OwnerOnly.restrict(temp);
            BackupCrypto.decrypt(backup, temp, password);
            return new PlainCopy(temp, true);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new AppException("backup.error.read", e, backup.getFileName().toString());
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        if (temporary) {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            DatabaseFiles.deleteQuietly(file);
        }
    }
}
