package vn.sochibo.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Messages, confirmations and file choosers, behind an interface so view-models are tested without a window. */
public interface DialogService {
    void showError(String message);

    void showInfo(String message);

    /** Asks for a password (shown as dots); empty when cancelled. */
    Optional<char[]> askPassword(String message);

    /** True when the user confirms. */
    boolean confirm(String message);

    /** A file to open with the given extension ("xlsx"), or empty when cancelled. */
    Optional<Path> chooseOpenFile(String title, String extension);

    /** A file to save with the given extension and suggested name, or empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String extension, String suggestedName);

    /** A folder (a USB stick, say), or empty when cancelled. */
    Optional<Path> chooseFolder(String title);
}
