package vn.sochibo.service.handover;

import java.nio.file.Path;
import java.util.Optional;

/** A kit just opened: its manifest, where the data that was there before is kept, and how many documents came. */
public record OpenedKit(KitManifest manifest, Optional<Path> keptCopy, int documents) {
}
