package vn.sochibo.service.backup;

import vn.sochibo.store.FileProblem;

/** Whether a backup (or data file) can be used, and if not, why, in words a person understands. */
public enum BackupState {
    OK,
    MISSING,
    NOT_DATABASE,
    TRUNCATED,
    DAMAGED,
    NEWER_VERSION,
    UNREADABLE,
    /** Encrypted, and no password was given to open it. */
    NEEDS_PASSWORD,
    /** Encrypted with another password than the one given. */
    WRONG_PASSWORD;

    /** The state matching a problem the store found. */
    static BackupState of(FileProblem problem) {
        return valueOf(problem.name());
    }

    public boolean isOk() {
        return this == OK;
    }
}
