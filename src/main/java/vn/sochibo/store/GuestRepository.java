package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.meeting.Guest;

/** Reads and writes the guests of meetings (by name and post, in the order they were added). */
public final class GuestRepository {
    private static final String SELECT = "SELECT id, meeting_id, position, name, post FROM meeting_guest";

    /** The guests of one meeting in order. */
    public List<Guest> forMeeting(Tx tx, long meetingId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE meeting_id = ? ORDER BY position, id")) {
                ps.setLong(1, meetingId);
                return readAll(ps);
            }
        });
    }

    public Optional<Guest> get(Tx tx, long id) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
                ps.setLong(1, id);
                List<Guest> found = readAll(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** Adds the guest after the meeting's other guests; returns it with its id and position. */
    public Guest insert(Tx tx, Guest g) {
        return tx.call(c -> {
            int position = forMeeting(tx, g.meetingId()).stream().mapToInt(Guest::position).max().orElse(0) + 1;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO meeting_guest (meeting_id, position, name, "
                    + "post) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, g.meetingId());
                ps.setInt(2, position);
                ps.setString(3, g.name());
                ps.setString(4, g.post());
                ps.executeUpdate();
                return new Guest(Sql.lastId(ps), g.meetingId(), position, g.name(), g.post());
            }
        });
    }

    /** Changes the guest's name and post. */
    public void update(Tx tx, Guest g) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE meeting_guest SET name = ?, post = ? WHERE id = ?")) {
                ps.setString(1, g.name());
                ps.setString(2, g.post());
                ps.setLong(3, g.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void delete(Tx tx, long id) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM meeting_guest WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static List<Guest> readAll(PreparedStatement ps) throws SQLException {
        List<Guest> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Guest(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"),
                        rs.getString("name"), rs.getString("post")));
            }
        }
        return out;
    }
}
