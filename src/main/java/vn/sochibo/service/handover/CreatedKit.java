package vn.sochibo.service.handover;

import java.nio.file.Path;

/** A kit just written: where it is and what its manifest says. */
public record CreatedKit(Path kit, KitManifest manifest) {
}
