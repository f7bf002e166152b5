package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudyMark;
import vn.sochibo.model.study.StudySession;

/** Reads and writes study sessions and their marks (one line per session and member). */
public final class StudyRepository {
    private static final String COLUMNS = "document_symbol, document_title, issuing_level, organiser, session_date, "
            + "place, form, presenter, reflection_required";
    private static final String SELECT = "SELECT id, " + COLUMNS + " FROM study_session";
    private static final String SELECT_MARKS = "SELECT a.session_id, a.member_id, a.status, a.reason, "
            + "a.makeup_date, a.reflection_submitted_on FROM study_attendance a";

    /** Saves a new session and returns it with its id. */
    public StudySession insert(Tx tx, StudySession s) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO study_session (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, s);
                ps.executeUpdate();
                return s.withId(Sql.lastId(ps));
            }
        });
    }

    /** Overwrites a session's fields. */
    public void update(Tx tx, StudySession s) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE study_session SET document_symbol = ?, "
                    + "document_title = ?, issuing_level = ?, organiser = ?, session_date = ?, place = ?, form = ?, "
                    + "presenter = ?, reflection_required = ? WHERE id = ?")) {
                bind(ps, s);
                ps.setLong(10, s.id());
                return ps.executeUpdate();
            }
        });
    }

    /** Deletes a session with its marks. */
    public void delete(Tx tx, long id) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM study_session WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    /** The session with the id, if any. */
    public Optional<StudySession> get(Tx tx, long id) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
                ps.setLong(1, id);
                return sessions(ps).stream().findFirst();
            }
        });
    }

    /** The sessions dated from {@code from} to {@code to} inclusive, by date. */
    public List<StudySession> between(Tx tx, LocalDate from, LocalDate to) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE session_date BETWEEN ? AND ? "
                    + "ORDER BY session_date, id")) {
                Sql.setDate(ps, 1, from);
                Sql.setDate(ps, 2, to);
                return sessions(ps);
            }
        });
    }

    /** The sessions of one document (its symbol, compared exactly), by date. */
    public List<StudySession> bySymbol(Tx tx, String symbol) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE document_symbol = ? "
                    + "ORDER BY session_date, id")) {
                ps.setString(1, symbol);
                return sessions(ps);
            }
        });
    }

    /** The marks of one session. */
    public List<StudyMark> marks(Tx tx, long sessionId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_MARKS + " WHERE a.session_id = ? "
                    + "ORDER BY a.member_id")) {
                ps.setLong(1, sessionId);
                return marks(ps);
            }
        });
    }

    /** The marks of every session dated from {@code from} to {@code to} inclusive, grouped by session id. */
    public Map<Long, List<StudyMark>> marksBetween(Tx tx, LocalDate from, LocalDate to) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_MARKS + " JOIN study_session s ON s.id = "
                    + "a.session_id WHERE s.session_date BETWEEN ? AND ? ORDER BY a.session_id, a.member_id")) {
                Sql.setDate(ps, 1, from);
                Sql.setDate(ps, 2, to);
                Map<Long, List<StudyMark>> out = new HashMap<>();
                marks(ps).forEach(m -> out.computeIfAbsent(m.sessionId(), k -> new ArrayList<>()).add(m));
                return out;
            }
        });
    }

    /** Records the member's line, replacing their earlier line at the same session. */
    public void put(Tx tx, StudyMark m) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO study_attendance (session_id, member_id, "
                    + "status, reason, makeup_date, reflection_submitted_on) VALUES (?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (session_id, member_id) DO UPDATE SET status = excluded.status, "
                    + "reason = excluded.reason, makeup_date = excluded.makeup_date, "
                    + "reflection_submitted_on = excluded.reflection_submitted_on")) {
                ps.setLong(1, m.sessionId());
                ps.setLong(2, m.memberId());
                ps.setString(3, m.status().name());
                ps.setString(4, m.reason());
                Sql.setDate(ps, 5, m.makeupDate());
                Sql.setDate(ps, 6, m.reflectionOn());
                return ps.executeUpdate();
            }
        });
    }

    /** Removes the member's line at the session; true when there was one. */
    public boolean deleteMark(Tx tx, long sessionId, long memberId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM study_attendance WHERE session_id = ? "
                    + "AND member_id = ?")) {
                ps.setLong(1, sessionId);
                ps.setLong(2, memberId);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static void bind(PreparedStatement ps, StudySession s) throws SQLException {
        ps.setString(1, s.documentSymbol());
        ps.setString(2, s.documentTitle());
        ps.setString(3, s.level().name());
        ps.setString(4, s.organiser().name());
        Sql.setDate(ps, 5, s.date());
        ps.setString(6, s.place());
        ps.setString(7, s.form().name());
        ps.setString(8, s.presenter());
        ps.setInt(9, s.reflectionRequired() ? 1 : 0);
    }

    private static List<StudySession> sessions(PreparedStatement ps) throws SQLException {
        List<StudySession> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StudySession(rs.getLong("id"), rs.getString("document_symbol"),
                        rs.getString("document_title"), IssuingLevel.valueOf(rs.getString("issuing_level")),
                        Organiser.valueOf(rs.getString("organiser")), Sql.date(rs, "session_date"),
                        rs.getString("place"), StudyForm.valueOf(rs.getString("form")), rs.getString("presenter"),
                        rs.getInt("reflection_required") != 0));
            }
        }
        return out;
    }

    private static List<StudyMark> marks(PreparedStatement ps) throws SQLException {
        List<StudyMark> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StudyMark(rs.getLong("session_id"), rs.getLong("member_id"),
                        AttendanceStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                        Sql.date(rs, "makeup_date"), Sql.date(rs, "reflection_submitted_on")));
            }
        }
        return out;
    }
}
