package vn.sochibo.service.backup;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest of each of the last 14 days that have one, the newest of each of the last 12
 * months that have one, and every pre-restore copy for 30 days (the newest one always). The rest may go.
 */
public final class BackupRotation {
    public static final int DAILY = 14;
    public static final int MONTHLY = 12;
    public static final int PRE_RESTORE_DAYS = 30;

    private BackupRotation() {
    }

    /** The backups among {@code all} that the rules no longer keep. */
    public static List<BackupFile> toDelete(List<BackupFile> all, LocalDateTime now) {
        List<BackupFile> regular = sorted(all, BackupKind.REGULAR);
        List<BackupFile> preRestore = sorted(all, BackupKind.PRE_RESTORE);
        Set<BackupFile> keep = new HashSet<>();
        keep.addAll(newestPer(regular, f -> f.takenAt().toLocalDate(), DAILY));
        keep.addAll(newestPer(regular, f -> YearMonth.from(f.takenAt()), MONTHLY));
        LocalDateTime limit = now.minusDays(PRE_RESTORE_DAYS);
        for (BackupFile f : preRestore) {
            if (f == preRestore.get(0) || f.takenAt().isAfter(limit)) {
                keep.add(f);
            }
        }
        List<BackupFile> delete = new ArrayList<>(all);
        delete.removeAll(keep);
        delete.sort(BackupFile.NEWEST_FIRST);
        return delete;
    }

    private static List<BackupFile> sorted(List<BackupFile> all, BackupKind kind) {
        return all.stream().filter(f -> f.kind() == kind).sorted(BackupFile.NEWEST_FIRST).toList();
    }

    /** The newest file of each of the {@code count} most recent periods that have one. */
    private static <K> List<BackupFile> newestPer(List<BackupFile> newestFirst, Function<BackupFile, K> period,
                                                  int count) {
        Map<K, BackupFile> newest = new LinkedHashMap<>();
        for (BackupFile f : newestFirst) {
            newest.putIfAbsent(period.apply(f), f);
        }
        return newest.values().stream().limit(count).toList();
    }
}
