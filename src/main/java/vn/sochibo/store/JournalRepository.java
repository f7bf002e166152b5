package vn.sochibo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.journal.JournalEntry;

/** Appends lines to the change journal and reads them back by period; lines are never updated or deleted. */
public final class JournalRepository {
    /** Fixed-width ISO text, so that comparing the text compares the moments. */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** Adds one line. */
    public void append(Tx tx, JournalEntry e) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal (at, actor, action, subject, details) "
                    + "VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, AT.format(e.at()));
                ps.setString(2, e.actor());
                ps.setString(3, e.action().name());
                ps.setString(4, e.subject());
                ps.setString(5, e.details());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The lines from {@code from} (inclusive) to {@code until} (exclusive), oldest first; null bounds are open. */
    public List<JournalEntry> between(Tx tx, LocalDateTime from, LocalDateTime until) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT at, actor, action, subject, details FROM journal "
                    + "WHERE at >= ? AND at < ? ORDER BY at, id")) {
                ps.setString(1, from == null ? "" : AT.format(from));
                ps.setString(2, until == null ? "~" : AT.format(until));
                List<JournalEntry> entries = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new JournalEntry(LocalDateTime.parse(rs.getString(1)), rs.getString(2),
                                JournalAction.parse(rs.getString(3)), rs.getString(4), rs.getString(5)));
                    }
                }
                return entries;
            }
        });
    }
}
