package vn.sochibo.service.handover;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.roster.RosterFixtures;

/** A branch database with members, events and documents, and hand-made archives, for hand-over tests. */
public final class HandoverFixtures {
    public static final String RECENT = "bien-ban/2026-10-05 họp chi bộ.docx";
    public static final String OLD = "bao-cao-2025.docx";

    private HandoverFixtures() {
    }

    /** The eight varied members, the branch profile, and one more event added by hand; returns the database file. */
    public static Path branchDatabase(Path file) {
        try (Services services = RosterFixtures.open(file)) {
            services.branch().save(RosterFixtures.branch());
            services.members().insertAll(RosterFixtures.varied());
            MemberHistory probationary = services.members().all().stream()
                    .filter(h -> h.member().fullName().equals("Vũ Minh Hải")).findFirst().orElseThrow();
            services.members().saveEvent(MemberEvent.of(EventType.EXEMPTED_TEMPORARILY, LocalDate.of(2026, 9, 1))
                    .withId(0, probationary.member().id()).withReason("Đi làm xa").withEnd(LocalDate.of(2027, 3, 1)));
        }
        return file;
    }

    /** Two documents: one from last month and one 13 months old. */
    public static Path documents(Path folder) {
        write(folder.resolve(RECENT), "biên bản tháng 10", LocalDateTime.of(2026, 10, 5, 20, 0));
        write(folder.resolve(OLD), "báo cáo năm 2025", LocalDateTime.of(2025, 10, 15, 9, 0));
        return folder;
    }

    static void write(Path file, String text, LocalDateTime modified) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            Files.setLastModifiedTime(file, FileTime.from(modified.atZone(RosterFixtures.CLOCK.getZone())
                    .toInstant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under the folder, relative, as text. */
    public static List<String> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.endsWith(".lock")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A manifest as a kit carries it, with the given format and schema versions. */
    public static byte[] manifest(int format, int schema) {
        return ("kind=sochibo-handover\nformat=" + format + "\nappVersion=9.9.9\nschemaVersion=" + schema
                + "\ncreatedAt=2026-11-20T10:00\nbranchName=Chi bộ khu phố 3\nmemberCount=8\ndocumentCount=0\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Writes a zip holding the given entries in order. */
    public static Path zip(Path file, Map<String, byte[]> entries) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A kit made by hand from a real database copy, a manifest and any further entries. */
    public static Path kit(Path file, Path database, byte[] manifest, Map<String, byte[]> more) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("manifest.properties", manifest);
        try {
            entries.put("sochibo.db", Files.readAllBytes(database));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.putAll(more);
        return zip(file, entries);
    }

    /** Writes the first {@code length} bytes of a file to another, as an interrupted copy would. */
    public static Path truncated(Path from, Path to, int length) {
        try (OutputStream out = Files.newOutputStream(to)) {
            out.write(Files.readAllBytes(from), 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
