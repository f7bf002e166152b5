package vn.sochibo.service.backup;

/** Why a backup was made: the regular daily copy, or the copy of the data taken just before a restore. */
public enum BackupKind {
    REGULAR,
    PRE_RESTORE
}
