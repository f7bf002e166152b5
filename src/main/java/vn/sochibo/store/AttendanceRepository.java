package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.meeting.AttendanceMark;
import vn.sochibo.model.meeting.AttendanceStatus;

/** Reads and writes the roll-call marks of meetings (one line per meeting and member). */
public final class AttendanceRepository {
    private static final String SELECT = "SELECT a.meeting_id, a.member_id, a.status, a.reason, a.note FROM attendance a";

    /** The marks of one meeting. */
    public List<AttendanceMark> forMeeting(Tx tx, long meetingId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE a.meeting_id = ? ORDER BY a.member_id")) {
                ps.setLong(1, meetingId);
                return readAll(ps);
            }
        });
    }

    /** The marks of every meeting dated from {@code from} to {@code to} inclusive, grouped by meeting id. */
    public Map<Long, List<AttendanceMark>> between(Tx tx, LocalDate from, LocalDate to) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " JOIN meeting m ON m.id = a.meeting_id "
                    + "WHERE m.meeting_date BETWEEN ? AND ? ORDER BY a.meeting_id, a.member_id")) {
                Sql.setDate(ps, 1, from);
                Sql.setDate(ps, 2, to);
                Map<Long, List<AttendanceMark>> out = new HashMap<>();
                readAll(ps).forEach(m -> out.computeIfAbsent(m.meetingId(), k -> new ArrayList<>()).add(m));
                return out;
            }
        });
    }

    /** Records the mark, replacing the member's earlier mark at the same meeting. */
    public void put(Tx tx, AttendanceMark m) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO attendance (meeting_id, member_id, status, "
                    + "reason, note) VALUES (?, ?, ?, ?, ?) ON CONFLICT (meeting_id, member_id) DO UPDATE SET "
                    + "status = excluded.status, reason = excluded.reason, note = excluded.note")) {
                ps.setLong(1, m.meetingId());
                ps.setLong(2, m.memberId());
                ps.setString(3, m.status().name());
                ps.setString(4, m.reason());
                ps.setString(5, m.note());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the member's mark at the meeting; true when there was one. */
    public boolean delete(Tx tx, long meetingId, long memberId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM attendance WHERE meeting_id = ? "
                    + "AND member_id = ?")) {
                ps.setLong(1, meetingId);
                ps.setLong(2, memberId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static List<AttendanceMark> readAll(PreparedStatement ps) throws SQLException {
        List<AttendanceMark> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AttendanceMark(rs.getLong("meeting_id"), rs.getLong("member_id"),
                        AttendanceStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                        rs.getString("note")));
            }
        }
        return out;
    }
}
