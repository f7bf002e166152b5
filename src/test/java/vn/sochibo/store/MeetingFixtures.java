package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.DocumentSettings;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;

/** Test data for the meeting area written straight to the file: a meeting with agenda items, a branch profile. */
public final class MeetingFixtures {
    private MeetingFixtures() {
    }

    /** A planned regular meeting on the day, saved. */
    public static Meeting meeting(Database db, LocalDate day) {
        return db.write(tx -> new MeetingRepository().insert(tx,
                Meeting.planned(MeetingType.REGULAR, day, LocalTime.of(8, 0), "Nhà văn hóa tổ 5")));
    }

    /** Agenda items with the titles and 10 planned minutes each; returns their ids in order. */
    public static List<Long> items(Database db, long meetingId, String... titles) {
        return db.write(tx -> tx.call(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO agenda_item (meeting_id, position, kind, "
                    + "title, planned_minutes) VALUES (?, ?, 'OTHER', ?, 10)", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < titles.length; i++) {
                    ps.setLong(1, meetingId);
                    ps.setInt(2, i + 1);
                    ps.setString(3, titles[i]);
                    ps.executeUpdate();
                    ids.add(Sql.lastId(ps));
                }
            }
            return ids;
        }));
    }

    /** Saves a branch profile with the term start and whether minutes are numbered. */
    public static void branch(Database db, LocalDate termStart, boolean numberMinutes) {
        DocumentSettings docs = new DocumentSettings("CB", numberMinutes, 20, 20, 30, 15);
        BranchProfile p = new BranchProfile("ĐẢNG ỦY PHƯỜNG BẾN NGHÉ", "CHI BỘ KHU PHỐ 3", "Quận 1", termStart, null,
                List.of(), null, LocalTime.of(19, 30), "Nhà văn hóa", docs);
        db.write(tx -> {
            new BranchRepository().save(tx, p);
            return null;
        });
    }

    /** The agenda of a meeting in order, as stored. */
    public static List<AgendaItem> agenda(Database db, long meetingId) {
        return db.read(tx -> tx.call(c -> {
            List<AgendaItem> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, position, kind, title, planned_minutes, notes, "
                    + "done FROM agenda_item WHERE meeting_id = ? ORDER BY position")) {
                ps.setLong(1, meetingId);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AgendaItem(rs.getLong(1), meetingId, rs.getInt(2), AgendaKind.valueOf(rs.getString(3)),
                                rs.getString(4), rs.getInt(5), rs.getString(6), rs.getInt(7) == 1));
                    }
                }
            }
            return out;
        }));
    }

    /** The notes stored for an agenda item. */
    public static String notes(Database db, long itemId) {
        return db.read(tx -> new AgendaNotesRepository().notes(tx, itemId));
    }
}
