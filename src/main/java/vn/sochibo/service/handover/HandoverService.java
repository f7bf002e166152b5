package vn.sochibo.service.handover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.sochibo.service.BuildVersion;
import vn.sochibo.model.AppException;
import vn.sochibo.model.text.Texts;
import vn.sochibo.store.HandoverSnapshot;
import vn.sochibo.store.Snapshots;

/**
 * The hand-over kit (bộ bàn giao) a secretary gives a successor after a branch congress: one file holding a
 * consistent copy of the database, a manifest and the documents of the last 12 months. Opening it on another
 * computer checks everything before touching anything, keeps the data already there as a copy, and journals it.
 */
public final class HandoverService {
    /** The extension of kit files. */
    public static final String EXTENSION = "sochibo";
    private final Clock clock;

    public HandoverService(Clock clock) {
        this.clock = clock;
    }

    /** The documents folder that belongs to a database: "documents" beside it. */
    public static Path defaultDocuments(Path db) {
        return db.toAbsolutePath().resolveSibling("documents");
    }

    /** "ban-giao-CHI-BO-KHU-PHO-3-2026-11-21.sochibo": the branch's name without diacritics, and the day. */
    public static String suggestedName(String branchName, LocalDate day) {
        String bare = Texts.fold(branchName).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return "ban-giao-" + (bare.isEmpty() ? "" : bare + "-") + day + "." + EXTENSION;
    }

    /** The name to suggest for a kit of the database at {@code db}, made today. */
    public String suggestedName(Path db) {
        String branch = "";
        try {
            branch = Files.isRegularFile(db) ? HandoverSnapshot.branchName(db) : "";
        } catch (AppException e) {
            // only a suggestion: without the name the kit is still named by its date
        }
        return suggestedName(branch, LocalDate.now(clock));
    }

    /**
     * Writes a kit of {@code db} and its recent documents to {@code out} (a file, or a folder to put the suggested
     * name in), through a temporary file moved into place and readable by its owner only.
     */
    public CreatedKit create(Path db, Path documentsFolder, Path out) {
        if (!Files.isRegularFile(db)) {
            throw new AppException("handover.error.noDatabase", db.toString());
        }
        Path folder = Files.isDirectory(out) ? out.toAbsolutePath() : out.toAbsolutePath().getParent();
        try (Staging staging = Staging.in(folder)) {
            Path copy = staging.path("snapshot.db");
            Snapshots.snapshot(db, copy);
            HandoverSnapshot.Facts facts = HandoverSnapshot.facts(copy);
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
            List<Path> documents = DocumentsFolder.recent(documentsFolder,
                    now.minusMonths(12).atZone(clock.getZone()).toInstant());
            KitManifest manifest = new KitManifest(KitManifest.FORMAT, BuildVersion.get(), facts.schemaVersion(), now,
                    facts.branchName(), facts.memberCount(), documents.size());
            Path kit = (Files.isDirectory(out) ? folder.resolve(suggestedName(facts.branchName(), now.toLocalDate()))
                    : out.toAbsolutePath()).normalize();
            Path zip = staging.path("kit.zip");
            KitWriter.write(zip, manifest, copy, documentsFolder, documents);
            Staging.moveIntoPlace(zip, kit);
            return new CreatedKit(kit, manifest);
        } catch (IOException e) {
            throw new AppException("handover.error.cannotWrite", e, out.toString());
        }
    }

    /** Reads and checks a kit's manifest and versions without unpacking anything. */
    public KitManifest inspect(Path kit) {
        try (KitReader reader = KitReader.open(kit)) {
            return reader.manifest();
        }
    }

    /**
     * Opens a kit into {@code targetDb} and {@code targetDocuments}: every check passes before anything is
     * replaced; an existing database is first kept as a copy beside it; the opening is journalled in the new data.
     */
    public OpenedKit open(Path kit, Path targetDb, Path targetDocuments) {
        return new KitOpening(clock, kit, targetDb.toAbsolutePath(), targetDocuments.toAbsolutePath()).run();
    }
}
