package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.AgendaTemplateItem;
import vn.sochibo.model.meeting.MeetingType;

/** Reads and replaces the agenda template of a meeting type. */
public final class AgendaTemplateRepository {

    /** The template lines of a type in order (empty when never saved). */
    public List<AgendaTemplateItem> byType(Tx tx, MeetingType type) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT position, kind, title, planned_minutes FROM "
                    + "agenda_template WHERE meeting_type = ? ORDER BY position")) {
                ps.setString(1, type.name());
                List<AgendaTemplateItem> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AgendaTemplateItem(type, rs.getInt("position"),
                                AgendaKind.valueOf(rs.getString("kind")), rs.getString("title"),
                                rs.getInt("planned_minutes")));
                    }
                }
                return out;
            }
        });
    }

    /** Replaces the template of a type by the lines given, renumbered from 1 in their order. */
    public void replace(Tx tx, MeetingType type, List<AgendaTemplateItem> lines) {
        tx.call(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM agenda_template WHERE meeting_type = ?")) {
                del.setString(1, type.name());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO agenda_template (meeting_type, position, "
                    + "kind, title, planned_minutes) VALUES (?, ?, ?, ?, ?)")) {
                int position = 1;
                for (AgendaTemplateItem line : lines) {
                    bind(ps, type, position++, line);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement ps, MeetingType type, int position, AgendaTemplateItem line)
            throws SQLException {
        ps.setString(1, type.name());
        ps.setInt(2, position);
        ps.setString(3, line.kind().name());
        ps.setString(4, line.title());
        ps.setInt(5, line.plannedMinutes());
    }
}
