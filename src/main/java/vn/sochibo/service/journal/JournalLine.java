package vn.sochibo.service.journal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** A journal line as shown to a person: the moment, the account and the texts of what, whom and details. */
public record JournalLine(LocalDateTime at, String actor, String action, String subject, String details) {
    /** How moments are shown: dd/MM/yyyy HH:mm. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The moment as dd/MM/yyyy HH:mm. */
    public String time() {
        return TIME.format(at);
    }
}
