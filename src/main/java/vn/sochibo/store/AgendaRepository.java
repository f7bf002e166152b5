package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaKind;

/** Reads and writes the agenda items of meetings. */
public final class AgendaRepository {
    private static final String SELECT = "SELECT id, meeting_id, position, kind, title, planned_minutes, notes, done "
            + "FROM agenda_item";

    public AgendaItem insert(Tx tx, AgendaItem item) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO agenda_item (meeting_id, position, kind, "
                    + "title, planned_minutes, notes, done) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, item.meetingId());
                bindFrom2(ps, item);
                ps.executeUpdate();
                return item.withIds(Sql.lastId(ps), item.meetingId());
            }
        });
    }

    /** Saves position, kind, title, minutes, notes and done of an item. */
    public void update(Tx tx, AgendaItem item) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE agenda_item SET meeting_id = ?, position = ?, "
                    + "kind = ?, title = ?, planned_minutes = ?, notes = ?, done = ? WHERE id = ?")) {
                ps.setLong(1, item.meetingId());
                bindFrom2(ps, item);
                ps.setLong(8, item.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void delete(Tx tx, long id) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM agenda_item WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<AgendaItem> get(Tx tx, long id) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
                ps.setLong(1, id);
                List<AgendaItem> found = readAll(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** The items of a meeting in order. */
    public List<AgendaItem> byMeeting(Tx tx, long meetingId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE meeting_id = ? ORDER BY position, id")) {
                ps.setLong(1, meetingId);
                return readAll(ps);
            }
        });
    }

    private static void bindFrom2(PreparedStatement ps, AgendaItem item) throws SQLException {
        ps.setInt(2, item.position());
        ps.setString(3, item.kind().name());
        ps.setString(4, item.title());
        ps.setInt(5, item.plannedMinutes());
        ps.setString(6, item.notes());
        ps.setInt(7, item.done() ? 1 : 0);
    }

    private static List<AgendaItem> readAll(PreparedStatement ps) throws SQLException {
        List<AgendaItem> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"),
                        AgendaKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getInt("planned_minutes"),
                        rs.getString("notes"), rs.getInt("done") == 1));
            }
        }
        return out;
    }
}
