package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.meeting.MinutesVersion;

/** Reads and writes the adopted versions of meetings' minutes and the reason of a correction under way. */
public final class MinutesVersionRepository {

    /** Saves the next version of the meeting's minutes; returns it with its id and number. */
    public MinutesVersion insert(Tx tx, long meetingId, LocalDateTime adoptedAt, String reason, String content) {
        return tx.call(c -> {
            int version;
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(version), 0) + 1 FROM "
                    + "minutes_version WHERE meeting_id = ?")) {
                ps.setLong(1, meetingId);
                try (ResultSet rs = ps.executeQuery()) {
                    version = rs.next() ? rs.getInt(1) : 1;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO minutes_version (meeting_id, version, "
                    + "adopted_at, reason, content) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, meetingId);
                ps.setInt(2, version);
                ps.setString(3, adoptedAt.toString());
                ps.setString(4, reason);
                ps.setString(5, content);
                ps.executeUpdate();
                return new MinutesVersion(Sql.lastId(ps), meetingId, version, adoptedAt, reason, content);
            }
        });
    }

    /** Every version of the meeting's minutes, oldest first. */
    public List<MinutesVersion> ofMeeting(Tx tx, long meetingId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, meeting_id, version, adopted_at, reason, "
                    + "content FROM minutes_version WHERE meeting_id = ? ORDER BY version")) {
                ps.setLong(1, meetingId);
                List<MinutesVersion> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MinutesVersion(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                                LocalDateTime.parse(rs.getString(4)), rs.getString(5), rs.getString(6)));
                    }
                }
                return out;
            }
        });
    }

    /** Records why adopted minutes were opened again (replacing an earlier reason not yet used). */
    public void openCorrection(Tx tx, long meetingId, String reason, LocalDateTime at) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO minutes_correction (meeting_id, reason, "
                    + "opened_at) VALUES (?, ?, ?) ON CONFLICT (meeting_id) DO UPDATE SET reason = excluded.reason, "
                    + "opened_at = excluded.opened_at")) {
                ps.setLong(1, meetingId);
                ps.setString(2, reason);
                ps.setString(3, at.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The reason of the correction under way, removed as it is taken (by the next adoption). */
    public Optional<String> takeCorrection(Tx tx, long meetingId) {
        Optional<String> reason = correction(tx, meetingId);
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM minutes_correction WHERE meeting_id = ?")) {
                ps.setLong(1, meetingId);
                ps.executeUpdate();
            }
            return null;
        });
        return reason;
    }

    /** The reason of the correction under way, if the minutes were opened again after adoption. */
    public Optional<String> correction(Tx tx, long meetingId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT reason FROM minutes_correction "
                    + "WHERE meeting_id = ?")) {
                ps.setLong(1, meetingId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
