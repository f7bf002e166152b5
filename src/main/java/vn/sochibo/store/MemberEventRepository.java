package vn.sochibo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;

/** Reads and writes the dated events of members' histories. */
public final class MemberEventRepository {
    private static final String SELECT = "SELECT id, member_id, type, event_date, end_date, place, reason, note "
            + "FROM member_event";

    public MemberEvent insert(Tx tx, MemberEvent e) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO member_event (member_id, type, event_date, "
                    + "end_date, place, reason, note) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, e.memberId());
                bindFields(ps, e, 2);
                ps.executeUpdate();
                return e.withId(Sql.lastId(ps), e.memberId());
            }
        });
    }

    public void update(Tx tx, MemberEvent e) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE member_event SET type = ?, event_date = ?, "
                    + "end_date = ?, place = ?, reason = ?, note = ? WHERE id = ?")) {
                bindFields(ps, e, 1);
                ps.setLong(7, e.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void delete(Tx tx, long id) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM member_event WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public List<MemberEvent> forMember(Tx tx, long memberId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE member_id = ? ORDER BY event_date, id")) {
                ps.setLong(1, memberId);
                return readAll(ps);
            }
        });
    }

    /** Every event grouped by member id, in one query. */
    public Map<Long, List<MemberEvent>> allByMember(Tx tx) {
        return tx.call(c -> {
            Map<Long, List<MemberEvent>> byMember = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY member_id, event_date, id")) {
                for (MemberEvent e : readAll(ps)) {
                    byMember.computeIfAbsent(e.memberId(), k -> new ArrayList<>()).add(e);
                }
            }
            return byMember;
        });
    }

    private static void bindFields(PreparedStatement ps, MemberEvent e, int first) throws SQLException {
        ps.setString(first, e.type().name());
        Sql.setDate(ps, first + 1, e.date());
        Sql.setDate(ps, first + 2, e.endDate());
        ps.setString(first + 3, e.place());
        ps.setString(first + 4, e.reason());
        ps.setString(first + 5, e.note());
    }

    private static List<MemberEvent> readAll(PreparedStatement ps) throws SQLException {
        List<MemberEvent> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                events.add(new MemberEvent(rs.getLong("id"), rs.getLong("member_id"),
                        EventType.valueOf(rs.getString("type")), Sql.date(rs, "event_date"), Sql.date(rs, "end_date"),
                        rs.getString("place"), rs.getString("reason"), rs.getString("note")));
            }
        }
        return events;
    }
}
