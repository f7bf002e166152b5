package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.report.ReportNote;
import vn.sochibo.model.report.ReportSection;

/** The monthly reports' free-text sections (one row per month and section) and the number each report took. */
public final class ReportRepository {

    /** The sections written for the month, in section order. */
    public List<ReportNote> notes(Tx tx, YearMonth month) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT month, section, text, updated_at FROM report_note "
                    + "WHERE month = ?")) {
                ps.setString(1, month.toString());
                List<ReportNote> notes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        notes.add(note(rs));
                    }
                }
                notes.sort((a, b) -> a.section().compareTo(b.section()));
                return notes;
            }
        });
    }

    /** Stores the section's text for the month, replacing what was there. */
    public void save(Tx tx, ReportNote note) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_note (month, section, text, "
                    + "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (month, section) DO UPDATE SET "
                    + "text = excluded.text, updated_at = excluded.updated_at")) {
                ps.setString(1, note.month().toString());
                ps.setString(2, note.section().name());
                ps.setString(3, note.text());
                ps.setString(4, note.updatedAt().withNano(0).toString());
                return ps.executeUpdate();
            }
        });
    }

    /** The number the month's report took on its first export, if it has one. */
    public Optional<Integer> number(Tx tx, YearMonth month) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT number FROM report_number WHERE month = ?")) {
                ps.setString(1, month.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
                }
            }
        });
    }

    /** Records the number of the month's report. */
    public void saveNumber(Tx tx, YearMonth month, int number) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_number (month, number) VALUES (?, ?)")) {
                ps.setString(1, month.toString());
                ps.setInt(2, number);
                return ps.executeUpdate();
            }
        });
    }

    private static ReportNote note(ResultSet rs) throws SQLException {
        return new ReportNote(YearMonth.parse(rs.getString(1)), ReportSection.valueOf(rs.getString(2)),
                rs.getString(3), LocalDateTime.parse(rs.getString(4)));
    }
}
