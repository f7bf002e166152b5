package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.meeting.DecisionType;
import vn.sochibo.model.meeting.Vote;
import vn.sochibo.model.meeting.VoteMethod;

/** Reads and writes the votes of meetings. */
public final class VoteRepository {
    private static final String SELECT = "SELECT id, meeting_id, position, subject, decision, method, yes, against, "
            + "other FROM vote";

    /** Saves a new vote at the end of its meeting's list; returns it with its id and position. */
    public Vote insert(Tx tx, Vote v) {
        return tx.call(c -> {
            int position;
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(position), 0) + 1 FROM vote "
                    + "WHERE meeting_id = ?")) {
                ps.setLong(1, v.meetingId());
                try (ResultSet rs = ps.executeQuery()) {
                    position = rs.next() ? rs.getInt(1) : 1;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO vote (meeting_id, position, subject, "
                    + "decision, method, yes, against, other) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, v.meetingId());
                ps.setInt(2, position);
                bindBody(ps, 3, v);
                ps.executeUpdate();
                return new Vote(Sql.lastId(ps), v.meetingId(), position, v.subject(), v.decision(), v.method(),
                        v.yes(), v.against(), v.other());
            }
        });
    }

    /** Saves changed subject, decision, method and counts. */
    public void update(Tx tx, Vote v) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE vote SET subject = ?, decision = ?, method = ?, "
                    + "yes = ?, against = ?, other = ? WHERE id = ?")) {
                bindBody(ps, 1, v);
                ps.setLong(7, v.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void delete(Tx tx, long id) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM vote WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Vote> get(Tx tx, long id) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
                ps.setLong(1, id);
                List<Vote> found = readAll(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** The votes of a meeting in order. */
    public List<Vote> ofMeeting(Tx tx, long meetingId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE meeting_id = ? ORDER BY position, id")) {
                ps.setLong(1, meetingId);
                return readAll(ps);
            }
        });
    }

    private static void bindBody(PreparedStatement ps, int first, Vote v) throws SQLException {
        ps.setString(first, v.subject());
        ps.setString(first + 1, v.decision().name());
        ps.setString(first + 2, v.method().name());
        ps.setInt(first + 3, v.yes());
        ps.setInt(first + 4, v.against());
        ps.setInt(first + 5, v.other());
    }

    private static List<Vote> readAll(PreparedStatement ps) throws SQLException {
        List<Vote> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Vote(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"),
                        rs.getString("subject"), DecisionType.valueOf(rs.getString("decision")),
                        VoteMethod.valueOf(rs.getString("method")), rs.getInt("yes"), rs.getInt("against"),
                        rs.getInt("other")));
            }
        }
        return out;
    }
}
