package vn.sochibo.service.backup;

/** A backup as the list shows it: the file, its size, what it holds (-1 when unknown) and whether it can be used. */
public record BackupEntry(BackupFile file, long size, long members, long meetings, BackupState state) {
    /** True when the members and meetings inside are known. */
    public boolean hasCounts() {
        return members >= 0;
    }
}
