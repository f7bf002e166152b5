package vn.sochibo.service.backup;

/** An encrypted backup that cannot be opened: wrong password, not a backup, cut off or altered. */
final class EncryptedFileException extends RuntimeException {
    private final BackupState state;

    EncryptedFileException(BackupState state) {
        super(state.name(), null, false, false);
        this.state = state;
    }

    BackupState state() {
        return state;
    }
}
