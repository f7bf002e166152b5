package vn.sochibo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.DocumentSettings;
import vn.sochibo.model.branch.MeetingDay;
import vn.sochibo.model.branch.Officer;
import vn.sochibo.model.branch.OfficerRole;

/** Reads and writes the one branch profile, its officers and the document number counters. */
public final class BranchRepository {
    private static final String UPSERT = "INSERT INTO branch (id, superior_name, branch_name, place_name, term_start, "
            + "term_end, meeting_kind, meeting_dom, meeting_nth, meeting_weekday, meeting_time, meeting_place, "
            + "issuer_symbol, number_minutes, margin_top, margin_bottom, margin_left, margin_right) "
            + "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            + "superior_name = excluded.superior_name, branch_name = excluded.branch_name, "
            + "place_name = excluded.place_name, term_start = excluded.term_start, term_end = excluded.term_end, "
            + "meeting_kind = excluded.meeting_kind, meeting_dom = excluded.meeting_dom, "
            + "meeting_nth = excluded.meeting_nth, meeting_weekday = excluded.meeting_weekday, "
            + "meeting_time = excluded.meeting_time, meeting_place = excluded.meeting_place, "
            + "issuer_symbol = excluded.issuer_symbol, number_minutes = excluded.number_minutes, "
            + "margin_top = excluded.margin_top, margin_bottom = excluded.margin_bottom, "
            + "margin_left = excluded.margin_left, margin_right = excluded.margin_right";

    public Optional<BranchProfile> load(Tx tx) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM branch WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs, officers(c))) : Optional.empty();
            }
        });
    }

    public void save(Tx tx, BranchProfile p) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                MeetingDay d = p.meetingDay();
                DocumentSettings doc = p.documents();
                Object[] values = {p.superiorName(), p.branchName(), p.placeName(), iso(p.termStart()), iso(p.termEnd()),
                    d.kind().name(), d.dayOfMonth(), d.nth(), d.weekday() == null ? 7 : d.weekday().getValue(),
                    p.meetingTime().toString(), p.meetingPlace(), doc.issuerSymbol(), doc.numberMinutes() ? 1 : 0,
                    doc.marginTop(), doc.marginBottom(), doc.marginLeft(), doc.marginRight()};
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.executeUpdate();
            }
            replaceOfficers(c, p.officers());
            return null;
        });
    }

    /** Takes the next consecutive number for a document type within the term starting on the given date. */
    public int nextNumber(Tx tx, String docType, LocalDate termStart) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_counter (doc_type, term_start, "
                    + "last_number) VALUES (?, ?, 1) ON CONFLICT (doc_type, term_start) DO UPDATE SET "
                    + "last_number = last_number + 1 RETURNING last_number")) {
                ps.setString(1, docType);
                ps.setString(2, termStart == null ? "" : termStart.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static void replaceOfficers(Connection c, List<Officer> officers) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM branch_officer")) {
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO branch_officer (member_id, role) VALUES (?, ?)")) {
            for (Officer o : officers) {
                ins.setLong(1, o.memberId());
                ins.setString(2, o.role().name());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static List<Officer> officers(Connection c) throws SQLException {
        List<Officer> officers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT member_id, role FROM branch_officer ORDER BY role, member_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                officers.add(new Officer(rs.getLong(1), OfficerRole.valueOf(rs.getString(2))));
            }
        }
        return officers;
    }

    private static BranchProfile map(ResultSet rs, List<Officer> officers) throws SQLException {
        MeetingDay day = new MeetingDay(MeetingDay.Kind.valueOf(rs.getString("meeting_kind")), rs.getInt("meeting_dom"),
                rs.getInt("meeting_nth"), DayOfWeek.of(rs.getInt("meeting_weekday")));
        DocumentSettings doc = new DocumentSettings(rs.getString("issuer_symbol"), rs.getInt("number_minutes") == 1,
                rs.getInt("margin_top"), rs.getInt("margin_bottom"), rs.getInt("margin_left"),
                rs.getInt("margin_right"));
        return new BranchProfile(rs.getString("superior_name"), rs.getString("branch_name"), rs.getString("place_name"),
                Sql.date(rs, "term_start"), Sql.date(rs, "term_end"), officers, day,
                LocalTime.parse(rs.getString("meeting_time")), rs.getString("meeting_place"), doc);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
