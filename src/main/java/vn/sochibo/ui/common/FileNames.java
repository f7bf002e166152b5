package vn.sochibo.ui.common;

import java.nio.file.Path;
import java.util.Locale;

/** File names chosen in save dialogs. */
public final class FileNames {
    private FileNames() {
    }

    /** The file with {@code extension} (".xlsx") added when the chooser returned a name without it (case ignored). */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
