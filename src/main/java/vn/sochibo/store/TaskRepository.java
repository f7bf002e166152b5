package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.TaskStatus;

/** Reads and writes the tasks decided in meetings. */
public final class TaskRepository {
    private static final String SELECT = "SELECT t.id, t.meeting_id, t.text, t.owner_member_id, t.owner_committee, "
            + "t.due_date, t.status, t.done_date, t.note FROM meeting_task t";

    public MeetingTask insert(Tx tx, MeetingTask t) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO meeting_task (meeting_id, text, "
                    + "owner_member_id, owner_committee, due_date, status, done_date, note) VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, t);
                ps.executeUpdate();
                return new MeetingTask(Sql.lastId(ps), t.meetingId(), t.text(), t.ownerMemberId(),
                        t.ownerCommittee(), t.dueDate(), t.status(), t.doneDate(), t.note());
            }
        });
    }

    public void update(Tx tx, MeetingTask t) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE meeting_task SET meeting_id = ?, text = ?, "
                    + "owner_member_id = ?, owner_committee = ?, due_date = ?, status = ?, done_date = ?, note = ? "
                    + "WHERE id = ?")) {
                bind(ps, t);
                ps.setLong(9, t.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void delete(Tx tx, long id) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM meeting_task WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<MeetingTask> get(Tx tx, long id) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE t.id = ?")) {
                ps.setLong(1, id);
                List<MeetingTask> found = readAll(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** The tasks of a meeting in the order they were entered. */
    public List<MeetingTask> byMeeting(Tx tx, long meetingId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE t.meeting_id = ? ORDER BY t.id")) {
                ps.setLong(1, meetingId);
                return readAll(ps);
            }
        });
    }

    /** Open tasks of meetings dated before the day, oldest meeting first. */
    public List<MeetingTask> openBefore(Tx tx, LocalDate day) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " JOIN meeting m ON m.id = t.meeting_id "
                    + "WHERE t.status = 'OPEN' AND m.meeting_date < ? ORDER BY m.meeting_date, t.id")) {
                Sql.setDate(ps, 1, day);
                return readAll(ps);
            }
        });
    }

    private static void bind(PreparedStatement ps, MeetingTask t) throws SQLException {
        ps.setLong(1, t.meetingId());
        ps.setString(2, t.text());
        MeetingRepository.setLong(ps, 3, t.ownerMemberId());
        ps.setInt(4, t.ownerCommittee() ? 1 : 0);
        Sql.setDate(ps, 5, t.dueDate());
        ps.setString(6, t.status().name());
        Sql.setDate(ps, 7, t.doneDate());
        ps.setString(8, t.note());
    }

    private static List<MeetingTask> readAll(PreparedStatement ps) throws SQLException {
        List<MeetingTask> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new MeetingTask(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("text"),
                        MeetingRepository.longOrNull(rs, "owner_member_id"), rs.getInt("owner_committee") == 1,
                        Sql.date(rs, "due_date"), TaskStatus.valueOf(rs.getString("status")),
                        Sql.date(rs, "done_date"), rs.getString("note")));
            }
        }
        return out;
    }
}
