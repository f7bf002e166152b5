package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MeetingType;

/** Reads and writes meetings (the sitting itself; agenda, roll, votes and tasks have their own repositories). */
public final class MeetingRepository {
    private static final String COLUMNS = "type, meeting_date, start_time, end_time, place, topic, presenter, "
            + "chair_id, minute_taker_id, state, grade_points, grade_key_met, adopted_at, minutes_number, "
            + "resolution_number";
    private static final String SELECT = "SELECT id, " + COLUMNS + " FROM meeting";

    public Meeting insert(Tx tx, Meeting m) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO meeting (" + COLUMNS + ") VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, m);
                ps.executeUpdate();
                return m.withId(Sql.lastId(ps));
            }
        });
    }

    public void update(Tx tx, Meeting m) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE meeting SET type = ?, meeting_date = ?, "
                    + "start_time = ?, end_time = ?, place = ?, topic = ?, presenter = ?, chair_id = ?, "
                    + "minute_taker_id = ?, state = ?, grade_points = ?, grade_key_met = ?, adopted_at = ?, "
                    + "minutes_number = ?, resolution_number = ? WHERE id = ?")) {
                bind(ps, m);
                ps.setLong(16, m.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void delete(Tx tx, long id) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM meeting WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Meeting> get(Tx tx, long id) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
                ps.setLong(1, id);
                List<Meeting> found = readAll(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** Meetings dated from {@code from} to {@code to} inclusive, by date, then start time, then id. */
    public List<Meeting> between(Tx tx, LocalDate from, LocalDate to) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE meeting_date BETWEEN ? AND ? "
                    + "ORDER BY meeting_date, start_time, id")) {
                Sql.setDate(ps, 1, from);
                Sql.setDate(ps, 2, to);
                return readAll(ps);
            }
        });
    }

    /** The latest meeting of the type dated before {@code day} (or on it with a smaller id), if any. */
    public Optional<Meeting> previous(Tx tx, Meeting m) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE type = ? AND (meeting_date < ? OR "
                    + "(meeting_date = ? AND id < ?)) ORDER BY meeting_date DESC, id DESC LIMIT 1")) {
                ps.setString(1, m.type().name());
                Sql.setDate(ps, 2, m.date());
                Sql.setDate(ps, 3, m.date());
                ps.setLong(4, m.id());
                List<Meeting> found = readAll(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    public int count(Tx tx) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM meeting");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private static void bind(PreparedStatement ps, Meeting m) throws SQLException {
        ps.setString(1, m.type().name());
        Sql.setDate(ps, 2, m.date());
        ps.setString(3, m.startTime().toString());
        ps.setString(4, m.endTime() == null ? null : m.endTime().toString());
        ps.setString(5, m.place());
        ps.setString(6, m.topic());
        ps.setString(7, m.presenter());
        setLong(ps, 8, m.chairId());
        setLong(ps, 9, m.minuteTakerId());
        ps.setString(10, m.state().name());
        setLong(ps, 11, m.gradePoints() == null ? null : m.gradePoints().longValue());
        ps.setInt(12, m.gradeKeyMet() ? 1 : 0);
        ps.setString(13, m.adoptedAt() == null ? null : m.adoptedAt().toString());
        setLong(ps, 14, m.minutesNumber() == null ? null : m.minutesNumber().longValue());
        setLong(ps, 15, m.resolutionNumber() == null ? null : m.resolutionNumber().longValue());
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static List<Meeting> readAll(PreparedStatement ps) throws SQLException {
        List<Meeting> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    private static Meeting map(ResultSet rs) throws SQLException {
        String end = rs.getString("end_time");
        String adopted = rs.getString("adopted_at");
        Long points = longOrNull(rs, "grade_points");
        Long minutesNo = longOrNull(rs, "minutes_number");
        Long resolutionNo = longOrNull(rs, "resolution_number");
        return new Meeting(rs.getLong("id"), MeetingType.valueOf(rs.getString("type")), Sql.date(rs, "meeting_date"),
                LocalTime.parse(rs.getString("start_time")), end == null ? null : LocalTime.parse(end),
                rs.getString("place"), rs.getString("topic"), rs.getString("presenter"),
                longOrNull(rs, "chair_id"), longOrNull(rs, "minute_taker_id"),
                MeetingState.valueOf(rs.getString("state")), points == null ? null : points.intValue(),
                rs.getInt("grade_key_met") == 1, adopted == null ? null : LocalDateTime.parse(adopted),
                minutesNo == null ? null : minutesNo.intValue(), resolutionNo == null ? null : resolutionNo.intValue());
    }
}
