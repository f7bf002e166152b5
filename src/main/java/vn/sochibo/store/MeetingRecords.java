package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Whether anything was recorded for a meeting (roll marks, guests, item notes, votes, minutes versions). */
public final class MeetingRecords {

    /** True when the meeting has roll marks, notes on an item, votes or adopted minutes: it has been held. */
    public boolean anyRecorded(Tx tx, long meetingId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT "
                    + "EXISTS (SELECT 1 FROM attendance WHERE meeting_id = ?1) "
                    + "OR EXISTS (SELECT 1 FROM agenda_item WHERE meeting_id = ?1 AND (notes <> '' OR done = 1)) "
                    + "OR EXISTS (SELECT 1 FROM vote WHERE meeting_id = ?1) "
                    + "OR EXISTS (SELECT 1 FROM minutes_version WHERE meeting_id = ?1)")) {
                ps.setLong(1, meetingId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) == 1;
                }
            }
        });
    }
}
