package vn.sochibo.service.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of backup files: {@code sochibo-2026-11-21_1430.db}, {@code .sochibo-backup} when encrypted, a pre-restore
 * copy starting with {@code truoc-khoi-phuc-}, and {@code -2}, {@code -3} … for a second backup in the same minute.
 */
public final class BackupNames {
    public static final String REGULAR_PREFIX = "sochibo-";
    public static final String PRE_RESTORE_PREFIX = "truoc-khoi-phuc-";
    public static final String PLAIN_EXTENSION = ".db";
    public static final String ENCRYPTED_EXTENSION = ".sochibo-backup";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd_HHmm");
    private static final Pattern NAME = Pattern.compile(
            "(sochibo-|truoc-khoi-phuc-)(\\d{4}-\\d{2}-\\d{2}_\\d{4})(?:-(\\d{1,4}))?(\\.db|\\.sochibo-backup)");

    private BackupNames() {
    }

    /** The backup a file name describes, or empty for any file that is not one of ours. */
    public static Optional<BackupFile> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(m.group(2), STAMP);
            BackupKind kind = m.group(1).equals(REGULAR_PREFIX) ? BackupKind.REGULAR : BackupKind.PRE_RESTORE;
            int sequence = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return Optional.of(new BackupFile(file, kind, at, sequence, m.group(4).equals(ENCRYPTED_EXTENSION)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Our unfinished temporary files (".sochibo-….part") in the folder last changed before {@code before}. */
    public static List<Path> leftovers(Path folder, Instant before) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".{sochibo-,truoc-khoi-phuc-}*.part")) {
            for (Path p : entries) {
                if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    found.add(p);
                }
            }
        } catch (IOException e) {
            // an unreadable folder is reported by the listing itself; nothing to clean here
        }
        return found;
    }

    /** The file name of a backup. */
    public static String name(BackupKind kind, LocalDateTime at, int sequence, boolean encrypted) {
        return (kind == BackupKind.REGULAR ? REGULAR_PREFIX : PRE_RESTORE_PREFIX) + at.format(STAMP)
                + (sequence > 1 ? "-" + sequence : "") + (encrypted ? ENCRYPTED_EXTENSION : PLAIN_EXTENSION);
    }

    /** A backup name in the folder that no file uses yet (plain or encrypted), so nothing is ever overwritten. */
    public static BackupFile fresh(Path folder, BackupKind kind, LocalDateTime at, boolean encrypted) {
        LocalDateTime minute = at.withSecond(0).withNano(0);
        for (int sequence = 1; ; sequence++) {
            boolean taken = Files.exists(folder.resolve(name(kind, minute, sequence, false)))
                    || Files.exists(folder.resolve(name(kind, minute, sequence, true)));
            if (!taken) {
                return new BackupFile(folder.resolve(name(kind, minute, sequence, encrypted)), kind, minute, sequence,
                        encrypted);
            }
        }
    }
}
