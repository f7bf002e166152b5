package vn.sochibo.service.journal;

import java.time.LocalDateTime;
import vn.sochibo.service.Messages;

/** A journal line as shown to a person: the moment, the account and the texts of what, whom and details. */
public record JournalLine(LocalDateTime at, String actor, String action, String subject, String details) {
    /** The moment as dd/MM/yyyy HH:mm. */
    public String time() {
        return Messages.dateTime(at);
    }
}
