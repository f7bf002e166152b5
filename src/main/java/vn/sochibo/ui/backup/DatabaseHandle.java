package vn.sochibo.ui.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The open database as screens that replace it (restore, hand-over) see it: where it is, the password that
 * encrypts its backups, and a way to close it before the file is replaced and to open it again afterwards.
 */
public interface DatabaseHandle {
    /** The database file. */
    Path file();

    /** The branch password entered at unlock, when one is set: backups are then encrypted with it. */
    Optional<char[]> password();

    /** Closes the database so its file can be replaced. */
    void closeForReplace();

    /** Opens the database file again (after a restore, or after one that failed) and refreshes the window. */
    void reopen();
}
