package vn.sochibo.ui.backup;

import vn.sochibo.service.backup.BackupEntry;

/** One line of the backup list, with its texts ready to show. */
public record BackupRow(String date, String kind, String members, String meetings, String encrypted, String state,
                        BackupEntry entry) {
}
