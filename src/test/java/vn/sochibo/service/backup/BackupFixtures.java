package vn.sochibo.service.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import vn.sochibo.store.DataFiles;
import vn.sochibo.store.Snapshots;

/** A fixed "now" (21/11/2026 14:30), databases with members, and a look at what a folder holds. */
final class BackupFixtures {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 14, 30);
    static final char[] PASSWORD = "mật khẩu chi bộ".toCharArray();

    private BackupFixtures() {
    }

    static Clock clock() {
        return clockAt(NOW);
    }

    static Clock clockAt(LocalDateTime at) {
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(at.atZone(zone).toInstant(), zone);
    }

    /** A closed database holding {@code members} members. */
    static Path database(Path file, int members) {
        return DataFiles.withMembers(file, members);
    }

    static long members(Path db) {
        return Snapshots.counts(db).members();
    }

    /** The names of the files in a folder, sorted; the writer lock file beside a database is not data. */
    static List<String> names(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
