package vn.sochibo.service.meeting;

import java.util.OptionalLong;
import vn.sochibo.store.Database;
import vn.sochibo.store.SettingsRepository;

/**
 * Which agenda item the live minutes last showed for a meeting, kept in the data file, so reopening after a crash or
 * a power cut puts the secretary back on the item being discussed.
 */
public final class MinutesBookmarks {
    private static final String PREFIX = "minutes.item.";
    private final Database db;
    private final SettingsRepository settings = new SettingsRepository();

    public MinutesBookmarks(Database db) {
        this.db = db;
    }

    /** Remembers the item shown for the meeting. */
    public void remember(long meetingId, long itemId) {
        db.write(tx -> {
            settings.put(tx, PREFIX + meetingId, Long.toString(itemId));
            return null;
        });
    }

    /** The item last shown for the meeting, if any. */
    public OptionalLong last(long meetingId) {
        return db.read(tx -> settings.get(tx, PREFIX + meetingId))
                .map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }
}
