package vn.sochibo.model.meeting;

import java.util.List;

/** A meeting's roll: every person on it in Vietnamese name order with their category and mark, the counts, guests. */
public record Roll(List<RollEntry> entries, RollSummary summary, List<Guest> guests) {
    public Roll {
        entries = List.copyOf(entries);
        guests = List.copyOf(guests);
    }
}
