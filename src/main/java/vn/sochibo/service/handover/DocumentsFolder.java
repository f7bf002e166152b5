package vn.sochibo.service.handover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import vn.sochibo.store.OwnerOnly;

/** The documents folder beside the database (minutes, reports): the recent files to hand over, and restoring them. */
final class DocumentsFolder {
    private DocumentsFolder() {
    }

    /** Files under {@code folder} modified at or after {@code since}, relative to it, in name order. */
    static List<Path> recent(Path folder, Instant since) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        FileTime from = FileTime.from(since);
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).filter(p -> modified(p).compareTo(from) >= 0)
                    .map(folder::relativize).sorted().toList();
        }
    }

    /**
     * Moves every file from {@code staging} into {@code target}, keeping sub-folders. A different file already at
     * the same place is kept under a name ending in {@code keptSuffix} rather than overwritten. Returns how many.
     */
    static int restore(Path staging, Path target, String keptSuffix) throws IOException {
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(staging)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        Files.createDirectories(target);
        OwnerOnly.restrict(target);
        for (Path file : files) {
            Path to = target.resolve(staging.relativize(file).toString());
            createFolders(target, to.getParent());
            if (Files.exists(to) && Files.mismatch(file, to) != -1) {
                Files.move(to, kept(to, keptSuffix));
            }
            Files.move(file, to, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.restrict(to);
        }
        return files.size();
    }

    /** Creates the sub-folders between {@code root} and {@code folder}, new ones readable by their owner only. */
    private static void createFolders(Path root, Path folder) throws IOException {
        if (folder.equals(root) || Files.isDirectory(folder)) {
            return;
        }
        createFolders(root, folder.getParent());
        Files.createDirectory(folder);
        OwnerOnly.restrict(folder);
    }

    /** "bien-ban.docx" becomes "bien-ban.truoc-ban-giao-2026-11-21.docx" (a number added when that exists too). */
    private static Path kept(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        Path candidate = file.resolveSibling(stem + suffix + ext);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(stem + suffix + "-" + n + ext);
        }
        return candidate;
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
