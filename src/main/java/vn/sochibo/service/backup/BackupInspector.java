package vn.sochibo.service.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.sochibo.model.AppException;
import vn.sochibo.store.DataCounts;
import vn.sochibo.store.FileCheck;
import vn.sochibo.store.Snapshots;

/**
 * Looks inside backups without changing them: whether they can be used and how many members and meetings they
 * hold. Results of files already seen (same size, time and password) are remembered: decrypting takes a while.
 */
final class BackupInspector {
    private final Map<String, BackupEntry> seen = new ConcurrentHashMap<>();

    /** The list entry of one backup. */
    BackupEntry inspect(BackupFile backup, char[] password) {
        long size = size(backup.path());
        String key = backup.path().toAbsolutePath() + "|" + size + "|" + modified(backup.path())
                + (backup.encrypted() || BackupCrypto.isEncrypted(backup.path()) ? "|" + fingerprint(password) : "");
        BackupEntry known = seen.get(key);
        if (known != null) {
            return known;
        }
        BackupEntry entry = read(backup, size, password);
        if (entry.state() != BackupState.NEEDS_PASSWORD && entry.state() != BackupState.WRONG_PASSWORD) {
            seen.put(key, entry);
        }
        return entry;
    }

    /** The state of any file (backup or database), decrypting it first when encrypted. */
    BackupState check(Path file, boolean full, char[] password) {
        if (!Files.isRegularFile(file)) {
            return BackupState.MISSING;
        }
        try (PlainCopy plain = PlainCopy.of(file, password, null)) {
            FileCheck check = Snapshots.check(plain.file(), full);
            return check.problem().map(BackupState::of).orElse(BackupState.OK);
        } catch (EncryptedFileException e) {
            return e.state();
        }
    }

    private BackupEntry read(BackupFile backup, long size, char[] password) {
        try (PlainCopy plain = PlainCopy.of(backup.path(), password, null)) {
            FileCheck check = Snapshots.check(plain.file(), false);
            if (!check.isOk()) {
                return new BackupEntry(backup, size, -1, -1, BackupState.of(check.problem().orElseThrow()));
            }
            DataCounts counts = Snapshots.counts(plain.file());
            return new BackupEntry(backup, size, counts.members(), counts.meetings(), BackupState.OK);
        } catch (EncryptedFileException e) {
            return new BackupEntry(backup, size, -1, -1, e.state());
        } catch (AppException e) {
            return new BackupEntry(backup, size, -1, -1, BackupState.UNREADABLE);
        }
    }

    /** Tells passwords apart in the remembered results without keeping them in clear. */
    private static String fingerprint(char[] password) {
        if (password == null) {
            return "";
        }
        try {
            byte[] utf8 = new String(password).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
