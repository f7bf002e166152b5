package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.OptionalLong;

/** The live-minutes writes on agenda items: an item's notes and whether it was dealt with. */
public final class AgendaNotesRepository {

    /** The meeting an agenda item belongs to, empty when the item does not exist. */
    public OptionalLong meetingOf(Tx tx, long itemId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT meeting_id FROM agenda_item WHERE id = ?")) {
                ps.setLong(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    /** Replaces the notes of an item. */
    public void saveNotes(Tx tx, long itemId, String notes) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE agenda_item SET notes = ? WHERE id = ?")) {
                ps.setString(1, notes);
                ps.setLong(2, itemId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The notes of an item, or empty text when it does not exist. */
    public String notes(Tx tx, long itemId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT notes FROM agenda_item WHERE id = ?")) {
                ps.setLong(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
    }

    /** Marks an item dealt with or not. */
    public void setDone(Tx tx, long itemId, boolean done) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE agenda_item SET done = ? WHERE id = ?")) {
                ps.setInt(1, done ? 1 : 0);
                ps.setLong(2, itemId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
